using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>
/// Runs the built app (AgriPole.Web.dll) as a child process, posts a run of submissions, kills it with SIGKILL while
/// posts are in flight, starts it again on the same database and checks that every acknowledged (303) entry is there.
/// </summary>
public sealed class KillDurabilityTests : IDisposable
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "agripole-kill", Guid.NewGuid().ToString("N"));
    private Process? _process;

    [Fact]
    public async Task Kill9_DuringPosts_EveryAcknowledgedEntrySurvives()
    {
        Directory.CreateDirectory(_dataFolder);
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        await StartAppAsync(port, baseUri);

        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        var form = FormsTestApp.ParseForm(await client.GetStringAsync(new Uri("/umbraco/forms/form/contact?culture=fr-FR", UriKind.Relative)));
        var hidden = FormsTestApp.Hidden(form).Where(h => h.Key != "__formToken").ToList();

        var acknowledged = new List<string>();
        var inFlight = new List<Task>();
        for (var i = 0; i < 40; i++)
        {
            var marker = $"run-{i:D3}-{Guid.NewGuid():N}";
            var fields = hidden.Append(new("__formToken", Guid.NewGuid().ToString("N"))).Concat(FormsTestApp.ValidContact(message: marker));
            var post = client.PostAsync(new Uri("/umbraco/forms/submit/contact", UriKind.Relative), new FormUrlEncodedContent(fields));
            if (i >= 30)
            {
                // The last posts overlap the kill: whatever got a 303 must survive, the rest may or may not.
                inFlight.Add(post.ContinueWith(t =>
                {
                    if (t.IsCompletedSuccessfully && t.Result.StatusCode == HttpStatusCode.SeeOther)
                    {
                        lock (acknowledged)
                        {
                            acknowledged.Add(marker);
                        }
                    }
                }, TaskScheduler.Default));
                continue;
            }

            var response = await post;
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            acknowledged.Add(marker);
        }

        _process!.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no flush
        await _process.WaitForExitAsync();
        await Task.WhenAll(inFlight);
        Assert.True(acknowledged.Count >= 30);

        await StartAppAsync(port, baseUri);
        var options = new DbContextOptionsBuilder<FormsDbContext>();
        FormsDatabase.Configure(options, ConnectionString, FormsDatabase.SqliteProvider);
        await using var db = new FormsDbContext(options.Options);
        var stored = await db.Entries.Select(e => e.ValuesJson).ToListAsync();
        foreach (var marker in acknowledged)
        {
            Assert.Single(stored, v => v.Contains(marker, StringComparison.Ordinal));
        }

        // Every entry kept its notification mail (same transaction).
        Assert.Equal(stored.Count, await db.OutboxMails.CountAsync());
    }

    private string ConnectionString => $"Data Source={Path.Combine(_dataFolder, "Umbraco.sqlite.db")};Cache=Shared;Foreign Keys=True;Pooling=False";

    private async Task StartAppAsync(int port, Uri baseUri)
    {
        var root = Path.GetDirectoryName(TestForms.ConfigFolder)!;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(root, "src", "AgriPole.Web", "bin", configuration, "net10.0", "AgriPole.Web.dll");
        Assert.True(File.Exists(dll), "build the app first: " + dll);
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.Combine(root, "src", "AgriPole.Web"),
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["ASPNETCORE_URLS"] = baseUri.ToString();
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["AgriPole__Cms__DataFolder"] = _dataFolder;
        psi.Environment["ConnectionStrings__umbracoDbDSN"] = ConnectionString.Replace("Pooling=False", "Pooling=True", StringComparison.Ordinal);
        psi.Environment["ConnectionStrings__umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite";
        psi.Environment["AgriPole__Forms__MinimumFillTime"] = "00:00:00";
        psi.Environment["AgriPole__Forms__RateLimitPermits"] = "100000";
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, "the app exited at start");
            try
            {
                if ((await probe.GetAsync(new Uri("/umbraco/forms/form/contact", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("the app did not answer on " + baseUri);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10000);
        }

        _process?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
