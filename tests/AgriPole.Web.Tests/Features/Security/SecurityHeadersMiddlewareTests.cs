using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Security;

public class SecurityHeadersMiddlewareTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/en")]
    [InlineData("/does-not-exist/")]
    [InlineData("/css/site.css")]
    [InlineData("/favicon.ico")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    public async Task Get_AnyResponse_CarriesTheSecurityHeaders(string url)
    {
        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        string Header(string name) => string.Join(",", response.Headers.TryGetValues(name, out var v) ? v : []);

        var csp = Header("Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header("Referrer-Policy"));
        Assert.Equal("SAMEORIGIN", Header("X-Frame-Options"));
        Assert.Contains("camera=()", Header("Permissions-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EveryPage_HasNoInlineScriptOrStyle()
    {
        foreach (var route in factory.Routes())
        {
            var doc = await _client.GetDocumentAsync(route.Url);
            Assert.All(doc.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"{route.Url} has an inline script."));
            Assert.Empty(doc.QuerySelectorAll("[style]"));
            Assert.Empty(doc.QuerySelectorAll("style"));
        }
    }
}
