using System.Net;
using AgriPole.Testing;
using Xunit;

namespace AgriPole.Web.Tests.Hosting;

public sealed class BenchmarkEndpointsTests
{
    [Fact]
    public async Task MapBenchmarkEndpoints_SettingOff_RouteDoesNotExist()
    {
        await using var app = new AgriPoleApplicationFactory();
        var file = Path.Combine(app.DataFolder, "payload.json");
        await File.WriteAllTextAsync(file, "{\"a\":1}");
        app.Settings["AgriPole:Benchmark:JsonFile"] = file;

        using var response = await app.CreateClient().GetAsync(new Uri("/bench/json", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("{\"a\":1}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MapBenchmarkEndpoints_SettingOn_ServesTheFileBytesFromMemory()
    {
        await using var app = new AgriPoleApplicationFactory();
        var file = Path.Combine(app.DataFolder, "payload.json");
        await File.WriteAllTextAsync(file, "{\"name\":\"Accueil\"}");
        app.Settings["AgriPole:Benchmark:Enabled"] = "true";
        app.Settings["AgriPole:Benchmark:JsonFile"] = file;
        using var client = app.CreateClient();

        using var first = await client.GetAsync(new Uri("/bench/json", UriKind.Relative));
        File.Delete(file); // served from memory after the first read
        using var second = await client.GetAsync(new Uri("/bench/json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"name\":\"Accueil\"}", await first.Content.ReadAsStringAsync());
        Assert.Equal("{\"name\":\"Accueil\"}", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MapBenchmarkEndpoints_SettingOnWithoutFile_Returns404()
    {
        await using var app = new AgriPoleApplicationFactory();
        app.Settings["AgriPole:Benchmark:Enabled"] = "true";
        app.Settings["AgriPole:Benchmark:JsonFile"] = Path.Combine(app.DataFolder, "missing.json");

        using var response = await app.CreateClient().GetAsync(new Uri("/bench/json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MapBenchmarkEndpoints_SettingOnWithHtmlFile_ServesHtmlBytes()
    {
        await using var app = new AgriPoleApplicationFactory();
        var file = Path.Combine(app.DataFolder, "home.html");
        await File.WriteAllTextAsync(file, "<!doctype html><title>Accueil</title>");
        app.Settings["AgriPole:Benchmark:Enabled"] = "true";
        app.Settings["AgriPole:Benchmark:HtmlFile"] = file;

        using var response = await app.CreateClient().GetAsync(new Uri("/bench/html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<!doctype html><title>Accueil</title>", await response.Content.ReadAsStringAsync());
    }
}
