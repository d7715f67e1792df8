using AgriPole.Cms.Imaging.Configuration;
using AgriPole.Cms.Imaging.Processing;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Tests.Processing;

public sealed class ImageDecodeGateTests : IDisposable
{
    private const long MB = 1024 * 1024;
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
    private readonly ImageDecodeGate _gate = new(Options.Create(new ImagingSettings { DecodeMemoryBudgetMegabytes = 32, MaxConcurrentDecodes = 4 }));

    public void Dispose() => _gate.Dispose();

    [Fact]
    public async Task RunAsync_TwoDecodesOverTheBudget_SecondWaitsForTheFirst()
    {
        var first = Hold(21 * MB, out var releaseFirst, out var firstStarted);
        await firstStarted;
        var second = Hold(21 * MB, out var releaseSecond, out var secondStarted);

        Assert.False(secondStarted.IsCompleted);
        Assert.Equal(21 * MB, _gate.BytesInUse);
        releaseFirst.SetResult(0);
        await first;
        await secondStarted.WaitAsync(Long);
        releaseSecond.SetResult(0);
        await second;
        Assert.Equal(0, _gate.BytesInUse);
    }

    [Fact]
    public async Task RunAsync_DecodesWithinTheBudget_RunTogether()
    {
        var a = Hold(15 * MB, out var releaseA, out var aStarted);
        var b = Hold(15 * MB, out var releaseB, out var bStarted);

        await Task.WhenAll(aStarted, bStarted).WaitAsync(Long);
        Assert.Equal(30 * MB, _gate.BytesInUse);
        releaseA.SetResult(0);
        releaseB.SetResult(0);
        await Task.WhenAll(a, b);
    }

    [Fact]
    public async Task RunAsync_DecodeLargerThanTheBudget_RunsAloneAndIsNotStarvedBySmallOnes()
    {
        var small = Hold(4 * MB, out var releaseSmall, out var smallStarted);
        await smallStarted;
        var big = Hold(500 * MB, out var releaseBig, out var bigStarted);
        var later = Hold(1 * MB, out var releaseLater, out var laterStarted);

        // The big one waits for the running decode; the small one behind it does not jump the queue.
        Assert.False(bigStarted.IsCompleted);
        Assert.False(laterStarted.IsCompleted);
        releaseSmall.SetResult(0);
        await bigStarted.WaitAsync(Long);
        Assert.False(laterStarted.IsCompleted);
        releaseBig.SetResult(0);
        await laterStarted.WaitAsync(Long);
        releaseLater.SetResult(0);
        await Task.WhenAll(small, big, later);
    }

    [Fact]
    public async Task RunAsync_QueueTimeout_ThrowsBusyAndLeavesTheGateUsable()
    {
        var holder = Hold(30 * MB, out var release, out var started);
        await started;

        await Assert.ThrowsAsync<ImagingBusyException>(() => _gate.RunAsync(30 * MB, _ => Task.FromResult(1), TimeSpan.FromMilliseconds(20), CancellationToken.None));

        release.SetResult(0);
        await holder;
        Assert.Equal(7, await _gate.RunAsync(30 * MB, _ => Task.FromResult(7), Long, CancellationToken.None));
        Assert.Equal(0, _gate.BytesInUse);
        Assert.Equal(4, _gate.Available);
    }

    private Task<int> Hold(long bytes, out TaskCompletionSource<int> release, out Task started)
    {
        var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        release = gate;
        started = running.Task;
        return _gate.RunAsync(bytes, _ =>
        {
            running.SetResult();
            return gate.Task;
        }, Long, CancellationToken.None);
    }
}
