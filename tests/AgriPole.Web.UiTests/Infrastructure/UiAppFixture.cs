using System.Net;
using AgriPole.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace AgriPole.Web.UiTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel socket on 127.0.0.1 (its own temp database, index and media through
/// <see cref="AgriPoleApplicationFactory"/>) and Debian's Chromium driven by Playwright. One per test class.
/// </summary>
public sealed class UiAppFixture : IAsyncLifetime, IDisposable
{
    private AgriPoleApplicationFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public AgriPoleApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        // Fail loudly, never skip: a UI suite that passes without a browser proves nothing. scripts/test.sh installs it.
        if (!File.Exists(BrowserSettings.ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {BrowserSettings.ExecutablePath}. The UI tests need Debian's Chromium: "
                + "run scripts/test.sh (it installs it) or `apt-get install -y chromium`. Set CHROMIUM_PATH if it lives elsewhere.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        _factory = new AgriPoleApplicationFactory();

        // Scheduled publishing is checked end to end: poll the schedule every second instead of every 30.
        _factory.Settings["AgriPole:BackOffice:SchedulerPollInterval"] = "00:00:01";
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = ResolveAddress(_factory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserSettings.ExecutablePath,
            Headless = true,
            Args = BrowserSettings.Arguments,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh browser context (cookies, storage) on the app, with a French-speaking visitor by default.</summary>
    public async Task<IPage> NewPageAsync(string locale = "fr-FR")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public Uri Url(string path) => new(BaseAddress, path);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    /// <summary>xunit calls <see cref="DisposeAsync"/>; this only covers a fixture disposed some other way.</summary>
    public void Dispose()
    {
        _playwright?.Dispose();
        _factory?.Dispose();
    }

    private static Uri ResolveAddress(AgriPoleApplicationFactory factory)
    {
        var server = factory.Services.GetRequiredService<IServer>();
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal), UriKind.Absolute);
    }
}
