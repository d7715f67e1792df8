using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Imaging.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Imaging.Tests.Support;

/// <summary>The imaging services as the app registers them (AddCmsImaging), over a fresh temp data folder, without the web host.</summary>
public sealed class ImagingServices : IDisposable
{
    private readonly IHost _host;

    public ImagingServices(Dictionary<string, string?>? settings = null)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "agripole-imaging-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = DataFolder });
        builder.Configuration["AgriPole:Cms:DataFolder"] = DataFolder;
        foreach (var (key, value) in settings ?? [])
        {
            builder.Configuration[key] = value;
        }

        builder.AddCmsImaging();

        // The real umbraco-config (its mediaPicker crops), found above the test binaries as the app finds it.
        var configFolder = CmsConfigFolder.Resolve(null, AppContext.BaseDirectory, AppContext.BaseDirectory);
        builder.Services.AddSingleton<ICmsDefinitions>(CmsDefinitionsLoader.Load(configFolder));
        _host = builder.Build();
    }

    public string DataFolder { get; }

    public IServiceProvider Services => _host.Services;

    public ImagingPaths Paths => Get<ImagingPaths>();

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
