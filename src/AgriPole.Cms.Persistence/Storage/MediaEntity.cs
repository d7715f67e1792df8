namespace AgriPole.Cms.Persistence.Storage;

/// <summary>A media item (folder, image, file); focal point, crops and alt texts as JSON.</summary>
public sealed class MediaEntity
{
    public Guid Key { get; set; }

    public Guid? ParentKey { get; set; }

    public string Name { get; set; } = string.Empty;

    public string MediaTypeAlias { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public int Level { get; set; }

    public string Path { get; set; } = string.Empty;

    public bool Trashed { get; set; }

    public string? Url { get; set; }

    public string? StoragePath { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public long? Bytes { get; set; }

    public string? Extension { get; set; }

    public string? FocalPoint { get; set; }

    public string Crops { get; set; } = "[]";

    public string AltText { get; set; } = "{}";

    public string Version { get; set; } = string.Empty;

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }
}
