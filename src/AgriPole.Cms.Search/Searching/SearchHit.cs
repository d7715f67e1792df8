namespace AgriPole.Cms.Search.Searching;

/// <param name="SnippetHtml">HTML made only of encoded text and &lt;mark&gt; elements: safe to write raw.</param>
public sealed record SearchHit(Guid Key, string ContentTypeAlias, string Title, string Url, string SnippetHtml, float Score);
