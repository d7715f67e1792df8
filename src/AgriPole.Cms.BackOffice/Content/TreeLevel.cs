using AgriPole.Cms.BackOffice.Localization;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>What the _TreeNodes partial renders: one page of a tree level and where the next page starts.</summary>
public sealed record TreeLevel(IReadOnlyList<ContentTree.Node> Nodes, BackOfficeText Text, Guid? Parent, int Skip, int Total)
{
    public int Next => Skip + Nodes.Count;

    public bool HasMore => Next < Total;

    public string MoreUrl => "/umbraco/content/tree?" + (Parent is { } p ? $"parent={p}&" : string.Empty) + $"skip={Next}";

    /// <summary>"Show 200 more (200 of 1,998)".</summary>
    public string MoreText => new EditorText(Text.Culture).Format("tree.more", Math.Min(ContentTree.LevelPageSize, Total - Next), Next, Total);
}
