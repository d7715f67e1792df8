using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Uploads;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Cms.Imaging.Renditions;

/// <summary>
/// Decodes a source (after the inspector's checks), applies crop coordinates, resize and background, drops every
/// metadata profile and re-encodes. Callers run it inside an <see cref="ImageDecodeGate"/> slot.
/// </summary>
public sealed class RenditionProcessor(ImageInspector inspector, Microsoft.Extensions.Options.IOptions<Configuration.ImagingSettings> settings)
{
    /// <summary>Renders <paramref name="query"/> (already resolved: format and quality set) of the source file into <paramref name="output"/>.</summary>
    public async Task RenderAsync(string sourcePath, RenditionQuery query, Stream output, CancellationToken cancellationToken)
    {
        await using var source = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var head = new byte[FileSignatures.HeadLength];
        var headLength = await source.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = FileSignatures.Detect(head.AsSpan(0, headLength), source.Length);
        inspector.Inspect(source, kind);
        source.Position = 0;

        // Synchronous decode from the file and encode into the caller's stream: 2.1's async load and save copy the
        // whole source, then the whole output, through memory first.
        using var image = inspector.Decode(source, (decoder, configuration) => decoder.Decode(configuration, source, cancellationToken), cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Transform(image, query);
        OriginalReencoder.StripMetadata(image);
        image.Save(output, CreateEncoder(query, settings.Value.WebpMethod));
        await output.FlushAsync(cancellationToken);
    }

    public static void Transform(Image image, RenditionQuery query)
    {
        image.Mutate(x =>
        {
            if (query.Coordinates is { } c)
            {
                var left = (int)Math.Round(c.X1 * image.Width);
                var top = (int)Math.Round(c.Y1 * image.Height);
                var width = Math.Max(1, (int)Math.Round((1 - c.X1 - c.X2) * image.Width));
                var height = Math.Max(1, (int)Math.Round((1 - c.Y1 - c.Y2) * image.Height));
                width = Math.Min(width, image.Width - left);
                height = Math.Min(height, image.Height - top);
                if (width > 0 && height > 0)
                {
                    x.Crop(new Rectangle(left, top, width, height));
                }
            }

            var background = query.Background is { } hex ? Color.ParseHex(hex) : (Color?)null;
            if (query.Width > 0 || query.Height > 0)
            {
                var options = new ResizeOptions
                {
                    Size = new Size(query.Width, query.Height),
                    Mode = query.Mode switch
                    {
                        RenditionMode.Max => ResizeMode.Max,
                        RenditionMode.Pad => ResizeMode.Pad,
                        RenditionMode.BoxPad => ResizeMode.BoxPad,
                        RenditionMode.Min => ResizeMode.Min,
                        RenditionMode.Stretch => ResizeMode.Stretch,
                        _ => ResizeMode.Crop,
                    },
                    Position = query.Anchor switch
                    {
                        "top" => AnchorPositionMode.Top,
                        "bottom" => AnchorPositionMode.Bottom,
                        "left" => AnchorPositionMode.Left,
                        "right" => AnchorPositionMode.Right,
                        "topleft" => AnchorPositionMode.TopLeft,
                        "topright" => AnchorPositionMode.TopRight,
                        "bottomleft" => AnchorPositionMode.BottomLeft,
                        "bottomright" => AnchorPositionMode.BottomRight,
                        _ => AnchorPositionMode.Center,
                    },
                    Sampler = KnownResamplers.Bicubic,
                    PadColor = background ?? (query.Format == "jpg" ? Color.White : Color.Transparent),
                };
                if (query.Center is { } center && query.Mode == RenditionMode.Crop)
                {
                    options.CenterCoordinates = new PointF((float)center.Left, (float)center.Top);
                }

                x.Resize(options);
            }

            // JPEG has no alpha: flatten on the requested background (white by default) rather than on black.
            if (query.Format == "jpg" || background is not null)
            {
                x.BackgroundColor(background ?? Color.White);
            }
        });
    }

    private static IImageEncoder CreateEncoder(RenditionQuery query, int webpMethod) => query.Format switch
    {
        "jpg" => new JpegEncoder { Quality = query.Quality ?? 82 },
        "webp" => new WebpEncoder { Quality = query.Quality ?? 80, FileFormat = WebpFileFormatType.Lossy, Method = (WebpEncodingMethod)webpMethod },
        "gif" => new GifEncoder(),
        _ => new PngEncoder { IgnoreMetadata = true },
    };
}
