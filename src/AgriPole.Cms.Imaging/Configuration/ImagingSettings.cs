using System.ComponentModel.DataAnnotations;

namespace AgriPole.Cms.Imaging.Configuration;

/// <summary>Bound from "AgriPole:Imaging". Limits protect the node from crafted images (see security-notes: ImageSharp 2.1.13).</summary>
public sealed class ImagingSettings
{
    public const string SectionName = "AgriPole:Imaging";

    /// <summary>Uploaded files. Relative paths are resolved against the data folder; default {DataFolder}/media.</summary>
    public string MediaFolder { get; set; } = "media";

    /// <summary>Rendition cache. Relative paths are resolved against the data folder; default {DataFolder}/MediaCache.</summary>
    public string CacheFolder { get; set; } = "MediaCache";

    [Range(1, 8000)]
    public int MaxWidth { get; set; } = 4000;

    [Range(1, 8000)]
    public int MaxHeight { get; set; } = 4000;

    /// <summary>Largest side accepted from a source image (checked with Identify, before any decode).</summary>
    [Range(1, 16000)]
    public int MaxSourceSide { get; set; } = 8000;

    /// <summary>Largest source image in megapixels.</summary>
    [Range(1, 100)]
    public int MaxSourceMegapixels { get; set; } = 40;

    [Range(1, 10000)]
    public int MaxGifFrames { get; set; } = 200;

    /// <summary>Largest single buffer ImageSharp may allocate; a 40 MP Rgba32 frame is 160 MB.</summary>
    [Range(16, 4096)]
    public int AllocationLimitMegabytes { get; set; } = 256;

    /// <summary>ImageSharp's pooled memory kept between decodes.</summary>
    [Range(0, 1024)]
    public int MaximumPoolSizeMegabytes { get; set; } = 64;

    /// <summary>Decodes running at once on this node; the others wait <see cref="DecodeQueueTimeout"/> then get 503.</summary>
    [Range(1, 64)]
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>
    /// Estimated pixel memory of the decodes running at once (1 byte a pixel for an upload's validation decode, 4 for a
    /// rendition or a re-encode): 32 MB lets one 20-megapixel upload be checked beside a 2400×1600 rendition, or two
    /// such renditions run, but not two 20 MP decodes. A single decode over the budget runs alone.
    /// </summary>
    [Range(8, 4096)]
    public int DecodeMemoryBudgetMegabytes { get; set; } = 32;

    /// <summary>How long a rendition request waits for a decode slot before a 503 with Retry-After.</summary>
    public TimeSpan DecodeQueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an upload waits for a decode slot (uploads are few and worth waiting for).</summary>
    public TimeSpan UploadDecodeQueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deadline of one decode + resize + encode.</summary>
    public TimeSpan DecodeTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Warm the rendition pipeline once the app has started (<see cref="Renditions.RenditionWarmUp"/>: about a second of
    /// one core in the background) so the first renditions run optimised code. Test hosts turn it off.
    /// </summary>
    public bool WarmUpRenditions { get; set; } = true;

    /// <summary>
    /// Cached renditions up to <see cref="RenditionMemoryEntryKilobytes"/> are also kept in memory, up to this total
    /// (per node), and sent from there: no file system call per request. 0 turns it off (renditions are sent from disk).
    /// </summary>
    [Range(0, 4096)]
    public int RenditionMemoryCacheMegabytes { get; set; } = 64;

    [Range(1, 16384)]
    public int RenditionMemoryEntryKilobytes { get; set; } = 512;

    [Range(1, 100)]
    public int DefaultJpegQuality { get; set; } = 82;

    [Range(1, 100)]
    public int DefaultWebpQuality { get; set; } = 80;

    /// <summary>
    /// WebP encoder effort, 0 (fastest) to 6. ImageSharp's managed encoder at its default (4) takes ~450 ms for an
    /// 800-wide image on this hardware; 2 takes ~80 ms for files about 6 % larger.
    /// </summary>
    [Range(0, 6)]
    public int WebpMethod { get; set; } = 2;

    /// <summary>Upload size cap in bytes (413 beyond it, checked before reading the body).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Extensions accepted for upload (lower case, no dot). SVG is never accepted, whatever this says.</summary>
    public List<string> AllowedExtensions { get; set; } =
        ["jpg", "jpeg", "png", "gif", "webp", "pdf", "docx", "xlsx", "pptx", "txt", "csv"];

    /// <summary>Authorization policy of the back-office upload endpoints (registered by the back-office).</summary>
    [Required]
    public string BackOfficePolicy { get; set; } = "BackOffice";

    /// <summary>Require an antiforgery token (header RequestVerificationToken) on back-office media writes; cookie-authenticated POSTs need it.</summary>
    public bool RequireAntiforgery { get; set; } = true;

    /// <summary>Widths of the WebP srcset rendered by the picture tag helper.</summary>
    public List<int> SrcsetWidths { get; set; } = [400, 800, 1200];
}
