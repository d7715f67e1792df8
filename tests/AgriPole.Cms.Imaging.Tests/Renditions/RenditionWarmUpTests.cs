using AgriPole.Cms.Imaging.Renditions;
using AgriPole.Cms.Imaging.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Imaging.Tests.Renditions;

public sealed class RenditionWarmUpTests : IDisposable
{
    private readonly MediaApplicationFactory _factory = new();

    [Fact]
    public async Task Start_WarmUpRendersThroughTheRealPipeline_Completes()
    {
        _factory.Settings["AgriPole:Imaging:WarmUpRenditions"] = "true";
        _ = _factory.Server;
        var warmUp = Assert.Single(_factory.Services.GetServices<IHostedService>().OfType<RenditionWarmUp>());

        var task = Assert.IsType<Task>(warmUp.ExecuteTask, exactMatch: false);
        await task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(task.IsCompletedSuccessfully);
        Assert.True(warmUp.WarmedUp, "the WebP, JPEG and PNG renditions of the warm-up image should have been made");
    }

    [Fact]
    public async Task Start_WarmUpTurnedOff_RendersNothing()
    {
        _factory.Settings["AgriPole:Imaging:WarmUpRenditions"] = "false";
        _ = _factory.Server;
        var warmUp = Assert.Single(_factory.Services.GetServices<IHostedService>().OfType<RenditionWarmUp>());

        await Assert.IsType<Task>(warmUp.ExecuteTask, exactMatch: false).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(warmUp.WarmedUp);
    }

    public void Dispose() => _factory.Dispose();
}
