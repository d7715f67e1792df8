using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Tests.Support;
using AgriPole.Cms.Imaging.Serving;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Core.Tests.Imaging;

public sealed class MediaFileResolverTests : IAsyncLifetime
{
    private CmsTestHost _host = null!;
    private MediaFileResolver _resolver = null!;

    public async Task InitializeAsync()
    {
        _host = await CmsTestHost.StartWithFixtureAsync();
        _resolver = new MediaFileResolver(
            _host.Services.GetRequiredService<IPublishedSnapshotAccessor>(),
            _host.Services.GetRequiredService<IOptions<CmsSettings>>(),
            _host.Services.GetRequiredService<IHostEnvironment>());
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void Resolve_KnownUrl_GivesFileUnderMediaFolder()
    {
        var logo = _host.Current.GetMedia(FixtureKeys.Logo)!;

        var resolved = _resolver.Resolve(logo.Url!);

        Assert.NotNull(resolved);
        Assert.Equal(FixtureKeys.Logo, resolved.Value.Item.Key);
        Assert.Equal(Path.Combine(_host.DataFolder, "media", logo.StoragePath!), resolved.Value.FilePath);
        Assert.NotNull(_resolver.Resolve(logo.Url!.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("/media/Umbraco.sqlite.db")]
    [InlineData("/media/../Umbraco.sqlite.db")]
    [InlineData("/media/%2e%2e/Umbraco.sqlite.db")]
    [InlineData("/media/")]
    [InlineData("/media/0000000000/logo-exemple.png")]
    public void Resolve_UnknownOrTraversal_GivesNothing(string url) => Assert.Null(_resolver.Resolve(url));

    [Fact]
    public void Resolve_FileMissingOnDisk_GivesNothing()
    {
        var logo = _host.Current.GetMedia(FixtureKeys.Logo)!;
        File.Delete(Path.Combine(_host.DataFolder, "media", logo.StoragePath!));

        Assert.Null(_resolver.Resolve(logo.Url!));
    }
}
