namespace AgriPole.Cms.Core.Media;

/// <summary>A document that uses a media item (<paramref name="MediaKey"/>: the item itself or one of its descendants).</summary>
public sealed record MediaReference(Guid ContentKey, string ContentName, bool ContentTrashed, Guid MediaKey);
