namespace AgriPole.Cms.Core.Models;

/// <summary>A media item as Umbraco models it: a folder, an image or a file. Media has no draft state.</summary>
public sealed class MediaItem
{
    public Guid Key { get; set; } = Guid.NewGuid();

    public Guid? ParentKey { get; set; }

    public required string Name { get; set; }

    /// <summary>"Folder", "Image" or "File" (Umbraco's media type aliases).</summary>
    public required string MediaTypeAlias { get; set; }

    public int SortOrder { get; set; }

    public int Level { get; set; } = 1;

    public string Path { get; set; } = string.Empty;

    public bool Trashed { get; set; }

    /// <summary>Public URL under /media/, stable for the life of the file version; null for folders.</summary>
    public string? Url { get; set; }

    /// <summary>Location of the file under the media root (generated name); never derived from user input.</summary>
    public string? StoragePath { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public long? Bytes { get; set; }

    /// <summary>Lower-case, without the dot.</summary>
    public string? Extension { get; set; }

    public FocalPoint? FocalPoint { get; set; }

    public List<ImageCrop> Crops { get; set; } = [];

    /// <summary>Changes whenever the file is replaced; renditions are keyed by it.</summary>
    public string Version { get; set; } = string.Empty;

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    /// <summary>Alternative text per culture for images.</summary>
    public Dictionary<string, string> AltText { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Focal point as fractions of width and height (0..1), Umbraco's left/top.</summary>
public sealed record FocalPoint(double Left, double Top);

/// <summary>A named crop; coordinates are fractions to cut from each side (Umbraco's x1, y1, x2, y2).</summary>
public sealed record ImageCrop(string Alias, int Width, int Height, CropCoordinates? Coordinates);

public sealed record CropCoordinates(double X1, double Y1, double X2, double Y2);
