namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>What a file's own bytes say it is.</summary>
public enum FileKind
{
    Unknown,
    Empty,
    Jpeg,
    Png,
    Gif,
    Webp,
    Pdf,

    /// <summary>A ZIP container: Office Open XML (docx, xlsx, pptx) or anything else zipped.</summary>
    Zip,
    Text,
    Svg,
    Html,
    Tiff,
    Bmp,
}
