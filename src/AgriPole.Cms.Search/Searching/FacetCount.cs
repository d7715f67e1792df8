namespace AgriPole.Cms.Search.Searching;

public sealed record FacetCount(string ContentTypeAlias, int Count);
