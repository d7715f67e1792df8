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
        _ = _factory.Server;
        var warmUp = Assert.Single(_factory.Services.GetServices<IHostedService>().OfType<RenditionWarmUp>());

        var task = Assert.IsType<Task>(warmUp.ExecuteTask, exactMatch: false);
        await task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(task.IsCompletedSuccessfully);
        Assert.True(warmUp.WarmedUp, "the WebP, JPEG and PNG renditions of the warm-up image should have been made");
    }

    public void Dispose() => _factory.Dispose();
}
