using AgriPole.Cms.Imaging.Configuration;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Bounds the decodes running on this node (each one may hold tens of megabytes) and gives each a deadline.
/// A caller that cannot get a slot in time gets <see cref="ImagingBusyException"/> (503 with Retry-After).
/// </summary>
public sealed class ImageDecodeGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly ImagingSettings _settings;

    public ImageDecodeGate(IOptions<ImagingSettings> settings)
    {
        _settings = settings.Value;
        _slots = new SemaphoreSlim(_settings.MaxConcurrentDecodes, _settings.MaxConcurrentDecodes);
    }

    /// <summary>Slots free right now (for diagnostics and tests).</summary>
    public int Available => _slots.CurrentCount;

    /// <summary>Runs <paramref name="work"/> in a slot with the decode deadline; throws <see cref="ImagingBusyException"/> when no slot frees up in <paramref name="queueTimeout"/>.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan queueTimeout, CancellationToken cancellationToken)
    {
        if (!await _slots.WaitAsync(queueTimeout, cancellationToken))
        {
            throw new ImagingBusyException();
        }

        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(_settings.DecodeTimeout);
            try
            {
                return await work(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ImageRejectedException(Core.Media.MediaUploadErrorCodes.ImageInvalid, "The image took too long to process.");
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
