using System.IO.Compression;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;

namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>
/// Validates an upload streamed to a scratch file: size cap while copying (never buffered in memory), sanitised name,
/// extension allowlist matched against the bytes, then for images the container checks, Identify limits, the metadata
/// cut at the byte level and a full decode of the result in a decode slot (so a corrupt image is refused now, not on the
/// first visitor's request); see <see cref="OriginalReencoder"/>.
/// </summary>
public sealed class MediaUploadValidator : IMediaUploadValidator
{
    private readonly ImagingSettings _settings;
    private readonly ImagingPaths _paths;
    private readonly ImageInspector _inspector;
    private readonly ImageDecodeGate _gate;
    private readonly ILogger<MediaUploadValidator> _logger;
    private readonly HashSet<string> _allowed;

    public MediaUploadValidator(
        IOptions<ImagingSettings> settings,
        ImagingPaths paths,
        ImageInspector inspector,
        ImageDecodeGate gate,
        ILogger<MediaUploadValidator> logger)
    {
        _settings = settings.Value;
        _paths = paths;
        _inspector = inspector;
        _gate = gate;
        _logger = logger;

        // SVG (and anything without a signature rule) stays out whatever the configuration says.
        _allowed = new HashSet<string>(
            _settings.AllowedExtensions.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => FileSignatures.ExpectedKind(e) is not null),
            StringComparer.Ordinal);
    }

    public long MaxUploadBytes => _settings.MaxUploadBytes;

    public async Task<MediaUploadValidationResult> ValidateAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var sanitized = FileNameSanitizer.Sanitize(fileName);
        if (sanitized is not { } name)
        {
            return Fail(MediaUploadErrorCodes.InvalidName);
        }

        if (name.Extension is "svg" or "svgz")
        {
            return Fail(MediaUploadErrorCodes.SvgRefused);
        }

        if (!_allowed.Contains(name.Extension))
        {
            return Fail(MediaUploadErrorCodes.ExtensionNotAllowed);
        }

        Directory.CreateDirectory(_paths.TempRoot);
        var tempPath = Path.Combine(_paths.TempRoot, Guid.NewGuid().ToString("N") + ".upload");
        var keep = false;
        try
        {
            var (copied, head) = await CopyAsync(content, tempPath, cancellationToken);
            if (copied > _settings.MaxUploadBytes)
            {
                return Fail(MediaUploadErrorCodes.TooLarge);
            }

            var length = copied;
            var kind = FileSignatures.Detect(head, length);
            if (kind == FileKind.Empty)
            {
                return Fail(MediaUploadErrorCodes.Empty);
            }

            if (kind == FileKind.Svg)
            {
                return Fail(MediaUploadErrorCodes.SvgRefused);
            }

            if (kind != FileSignatures.ExpectedKind(name.Extension))
            {
                return Fail(MediaUploadErrorCodes.ContentMismatch);
            }

            int? width = null, height = null;
            if (FileSignatures.IsImage(kind))
            {
                var size = await CheckAndNormaliseAsync(tempPath, kind, cancellationToken);
                width = size.Width;
                height = size.Height;

                // What is stored (and counted) is the re-encoded file, not the upload.
                length = new FileInfo(tempPath).Length;
            }
            else if (kind == FileKind.Zip && !IsOfficeDocument(tempPath, name.Extension))
            {
                return Fail(MediaUploadErrorCodes.ContentMismatch);
            }

            keep = true;
            return new MediaUploadValidationResult(
                new ValidatedMediaFile
                {
                    TempFilePath = tempPath,
                    SafeFileName = name.Name,
                    Extension = name.Extension == "jpeg" ? "jpg" : name.Extension,
                    MediaTypeAlias = FileSignatures.IsImage(kind) ? "Image" : "File",
                    Bytes = length,
                    Width = width,
                    Height = height,
                },
                null);
        }
        catch (ImageRejectedException ex)
        {
            _logger.LogInformation("Upload {FileName} refused: {Reason}", name.Name, ex.Message);
            return Fail(ex.Code);
        }
        catch (ImagingBusyException)
        {
            return Fail(MediaUploadErrorCodes.Busy);
        }
        finally
        {
            if (!keep)
            {
                TryDelete(tempPath);
            }
        }
    }

    /// <summary>Streams to disk, stopping one byte past the cap; returns the length read and the first bytes.</summary>
    private async Task<(long Length, byte[] Head)> CopyAsync(Stream content, string tempPath, CancellationToken cancellationToken)
    {
        var head = new byte[FileSignatures.HeadLength];
        var headLength = 0;
        long total = 0;
        var buffer = new byte[81920];
        await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (headLength < head.Length)
            {
                var n = Math.Min(read, head.Length - headLength);
                Array.Copy(buffer, 0, head, headLength, n);
                headLength += n;
            }

            total += read;
            if (total > _settings.MaxUploadBytes)
            {
                return (total, []);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (total, head[..headLength]);
    }

    /// <summary>
    /// Container checks and Identify limits, then the metadata is cut at the byte level (no pixels in memory, no
    /// generation loss; see <see cref="OriginalReencoder.TryStrip"/>) into a clean file, and the clean file is decoded
    /// in a decode slot at one byte per pixel (it proves the pixel data that will be stored is readable within the limits).
    /// A photo whose EXIF orientation is not upright, or a file the strip cannot handle (animated WebP), is decoded and
    /// re-encoded instead: turned upright, metadata dropped. The clean file then replaces the scratch file.
    /// </summary>
    private async Task<ImageDimensions> CheckAndNormaliseAsync(string path, FileKind kind, CancellationToken cancellationToken)
    {
        ImageDimensions size;
        await using (var stream = File.OpenRead(path))
        {
            size = _inspector.Inspect(stream, kind);
        }

        var cleanPath = path + ".clean";
        try
        {
            int? orientation;
            await using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
            await using (var output = new FileStream(cleanPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                try
                {
                    orientation = OriginalReencoder.TryStrip(input, output, kind);
                }
                catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or InvalidDataException)
                {
                    // The strippers throw ImageRejectedException for what they recognise; anything else from a crafted file is a 400 too.
                    throw new ImageRejectedException(MediaUploadErrorCodes.ImageInvalid, "The image is malformed: " + ex.GetType().Name);
                }
            }

            // Counted for what the decode holds: the grey validation image, or RGBA twice over (decoded, then turned).
            var estimate = orientation == 1 ? ImageDecodeGate.Estimate(size.Width, size.Height, 1) : ImageDecodeGate.Estimate(size.Width, size.Height, 8);
            size = await _gate.RunAsync(
                estimate,
                token => Task.FromResult(orientation == 1
                    ? Validate(cleanPath, size, token)
                    : Reencode(path, cleanPath, kind, size, orientation ?? 1, token)),
                _settings.UploadDecodeQueueTimeout,
                cancellationToken);
            File.Move(cleanPath, path, overwrite: true);
            return size;
        }
        finally
        {
            TryDelete(cleanPath);
        }
    }

    /// <summary>Decodes the stripped file to 8-bit grey (a third of RGB's memory): every scan is read, nothing is kept.</summary>
    private ImageDimensions Validate(string cleanPath, ImageDimensions size, CancellationToken token)
    {
        using var stream = new FileStream(cleanPath, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        using var image = _inspector.Decode(stream, (decoder, configuration) => decoder.Decode<SixLabors.ImageSharp.PixelFormats.L8>(configuration, stream, token), token);
        return CheckDecodedSize(image, size);
    }

    /// <summary>The decode + encode path: turns the pixels upright (EXIF orientation) and writes them without metadata.</summary>
    private ImageDimensions Reencode(string path, string cleanPath, FileKind kind, ImageDimensions size, int orientation, CancellationToken token)
    {
        Image image;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan))
        {
            image = _inspector.Decode(stream, (decoder, configuration) => decoder.Decode(configuration, stream, token), token);
        }

        using (image)
        {
            CheckDecodedSize(image, size);
            OriginalReencoder.Orient(image, orientation);
            OriginalReencoder.StripMetadata(image);
            using var output = new FileStream(cleanPath, FileMode.Create, FileAccess.Write, FileShare.None, 81920);
            image.Save(output, OriginalReencoder.CreateEncoder(image, kind, _settings.WebpMethod));
            return new ImageDimensions(image.Width, image.Height);
        }
    }

    private ImageDimensions CheckDecodedSize(Image image, ImageDimensions size) =>
        _inspector.CheckLimits(image.Width, image.Height) == size
            ? size
            : throw new ImageRejectedException("Decoded size differs from the header.");

    /// <summary>An Office Open XML package of the kind the extension names, without macros (a .docm renamed .docx is refused).</summary>
    private static bool IsOfficeDocument(string path, string extension)
    {
        var folder = extension switch { "docx" => "word/", "xlsx" => "xl/", "pptx" => "ppt/", _ => null };
        if (folder is null)
        {
            return false;
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var hasTypes = false;
            var hasFolder = false;
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName == "[Content_Types].xml")
                {
                    hasTypes = true;
                }
                else if (entry.FullName.StartsWith(folder, StringComparison.Ordinal))
                {
                    hasFolder = true;
                }

                if (entry.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return hasTypes && hasFolder;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static MediaUploadValidationResult Fail(string code) => new(null, UploadMessages.Error(code));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
