using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Persistence.Content;

/// <summary>The JSON stored in umbracoCacheInstruction.Instructions.</summary>
public sealed record CacheInstruction(List<Guid> ContentKeys, List<Guid> MediaKeys, bool Dictionary, bool All)
{
    public static CacheInstruction From(ContentChangeSet changes) =>
        new([.. changes.ContentKeys], [.. changes.MediaKeys], changes.Dictionary, changes.All);

    public ContentChangeSet ToChangeSet() => new(ContentKeys, MediaKeys, Dictionary, All);
}
