using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Imaging;
using AgriPole.Cms.Imaging.Processing;
using AgriPole.Cms.Imaging.Uploads;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace AgriPole.Benchmarks;

/// <summary>
/// Issue #7: what storing an uploaded 20-megapixel photo (5472×3648 JPEG with EXIF) costs. The upload validator as
/// registered (container checks, Identify, metadata cut at the byte level, one-byte-per-pixel validation decode)
/// against the previous way, a full decode and re-encode without metadata. Time here; the memory (ImageSharp's
/// unmanaged buffers, which the memory diagnoser does not see) is measured by `scripts/bench.sh --issues`.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: GlobalCleanup disposes.")]
public class OriginalNormalisationBenchmarks
{
    private IHost _host = null!;
    private IMediaUploadValidator _validator = null!;
    private SixLabors.ImageSharp.Configuration _configuration = null!;
    private string _folder = null!;
    private byte[] _photo = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "agripole-normalise-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = _folder });
        builder.Configuration["AgriPole:Cms:DataFolder"] = _folder;
        builder.AddCmsImaging();
        _host = builder.Build();
        _validator = _host.Services.GetRequiredService<IMediaUploadValidator>();
        _configuration = _host.Services.GetRequiredService<HardenedImaging>().Configuration;
        _photo = Photo(5472, 3648);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public long DecodeAndReencode_Previous()
    {
        using var image = Image.Load(_configuration, _photo);
        OriginalReencoder.StripMetadata(image);
        using var output = new CountingStream();
        image.Save(output, OriginalReencoder.CreateEncoder(image, FileKind.Jpeg, 2));
        return output.Length;
    }

    [Benchmark]
    public async Task<long> Validator_StripAndCheck()
    {
        var result = await _validator.ValidateAsync(new MemoryStream(_photo, writable: false), "photo.jpg");
        using var file = result.File ?? throw new InvalidOperationException(result.Error!.Code);
        return file.Bytes;
    }

    /// <summary>A photo-like 20 MP JPEG (gradients and noise, blurred) with a camera's EXIF, as a phone writes it.</summary>
    private static byte[] Photo(int width, int height) => BenchmarkPhotos.Jpeg(width, height, quality: 90, dress: image =>
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "AgriCam");
        exif.SetValue(ExifTag.Orientation, (ushort)1);
        image.Metadata.ExifProfile = exif;
    });

    /// <summary>Counts what the encoder writes without keeping it (the output's memory is not what is compared).</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
