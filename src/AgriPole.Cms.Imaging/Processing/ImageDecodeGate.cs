using AgriPole.Cms.Imaging.Configuration;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Processing;

/// <summary>
/// Bounds the decodes running on this node and gives each a deadline. Two limits: at most
/// <see cref="ImagingSettings.MaxConcurrentDecodes"/> at once, and together at most
/// <see cref="ImagingSettings.DecodeMemoryBudgetMegabytes"/> of estimated pixel memory (a count alone lets two 20 MP
/// decodes of 80 MB each run side by side as easily as two thumbnails). A decode larger than the whole budget runs
/// alone. Waiters are served in arrival order; one that cannot start in time gets <see cref="ImagingBusyException"/>
/// (503 with Retry-After).
/// </summary>
public sealed class ImageDecodeGate : IDisposable
{
    private readonly ImagingSettings _settings;
    private readonly long _budget;
    private readonly Lock _lock = new();
    private readonly LinkedList<Waiter> _queue = new();
    private long _used;
    private int _running;

    public ImageDecodeGate(IOptions<ImagingSettings> settings)
    {
        _settings = settings.Value;
        _budget = _settings.DecodeMemoryBudgetMegabytes * 1024L * 1024L;
    }

    /// <summary>Slots free right now (for diagnostics and tests).</summary>
    public int Available
    {
        get
        {
            lock (_lock)
            {
                return _settings.MaxConcurrentDecodes - _running;
            }
        }
    }

    /// <summary>Estimated bytes in use by running decodes (for diagnostics and tests).</summary>
    public long BytesInUse
    {
        get
        {
            lock (_lock)
            {
                return _used;
            }
        }
    }

    /// <summary>The memory a decode of <paramref name="width"/> × <paramref name="height"/> at <paramref name="bytesPerPixel"/> is counted for.</summary>
    public static long Estimate(int? width, int? height, int bytesPerPixel) =>
        width is > 0 and var w && height is > 0 and var h ? (long)w * h * bytesPerPixel : 0;

    /// <summary>Runs <paramref name="work"/> counted as one decode of no particular size (the count limit only).</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, TimeSpan queueTimeout, CancellationToken cancellationToken) =>
        RunAsync(0, work, queueTimeout, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> once a slot and <paramref name="estimatedBytes"/> of the budget are free, with the decode
    /// deadline; throws <see cref="ImagingBusyException"/> when that does not happen within <paramref name="queueTimeout"/>.
    /// </summary>
    public async Task<T> RunAsync<T>(long estimatedBytes, Func<CancellationToken, Task<T>> work, TimeSpan queueTimeout, CancellationToken cancellationToken)
    {
        var weight = Math.Clamp(estimatedBytes, 0, _budget);
        await EnterAsync(weight, queueTimeout, cancellationToken);
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
            lock (_lock)
            {
                _used -= weight;
                _running--;
                PumpLocked();
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var waiter in _queue)
            {
                waiter.Started.TrySetException(new ObjectDisposedException(nameof(ImageDecodeGate)));
            }

            _queue.Clear();
        }
    }

    private async Task EnterAsync(long weight, TimeSpan queueTimeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_lock)
        {
            // Nobody waiting ahead and room now: go (first come, first served otherwise, so a big decode is not starved).
            if (_queue.Count == 0 && FitsLocked(weight))
            {
                _used += weight;
                _running++;
                return;
            }

            waiter = new Waiter(weight);
            waiter.Node = _queue.AddLast(waiter);
        }

        try
        {
            await waiter.Started.Task.WaitAsync(queueTimeout, cancellationToken);
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            lock (_lock)
            {
                if (waiter.Granted)
                {
                    // Started at the same moment the wait gave up: keep the slot, the work runs.
                    return;
                }

                _queue.Remove(waiter.Node!);

                // The head may have changed: someone smaller behind may fit now.
                PumpLocked();
            }

            if (ex is TimeoutException)
            {
                throw new ImagingBusyException();
            }

            throw;
        }
    }

    private bool FitsLocked(long weight) => _running < _settings.MaxConcurrentDecodes && (_running == 0 || _used + weight <= _budget);

    private void PumpLocked()
    {
        while (_queue.First is { } first && FitsLocked(first.Value.Weight))
        {
            _queue.RemoveFirst();
            _used += first.Value.Weight;
            _running++;
            first.Value.Granted = true;
            first.Value.Started.TrySetResult();
        }
    }

    private sealed class Waiter(long weight)
    {
        public long Weight { get; } = weight;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public bool Granted { get; set; }
    }
}
