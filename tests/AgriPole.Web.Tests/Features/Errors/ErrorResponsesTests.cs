using System.Net;
using System.Net.Http.Headers;
using AgriPole.Testing;
using AgriPole.Web.Features.Forms;
using AgriPole.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Errors;

/// <summary>A page whose rendering fails (here: a form renderer that throws) must not show visitors anything of the failure.</summary>
public class ErrorResponsesTests(ErrorResponsesTests.FailingFormFactory factory) : IClassFixture<ErrorResponsesTests.FailingFormFactory>
{
    private const string Secret = "secret-marker-7f3a";
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Get_PageThatThrowsInProduction_Returns500HtmlWithoutStackTrace()
    {
        var url = factory.UrlOf(factory.Single("contactPage"), "fr-FR")!;

        using var response = await _client.GetAsync(new Uri("http://localhost" + url));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.NotNull(SiteClient.Parse(body).QuerySelector("h1"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_PageThatThrowsAskedAsJson_ReturnsProblemDetailsWithoutTrace()
    {
        var url = factory.UrlOf(factory.Single("contactPage", "en-US"), "en-US")!;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":500", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", body, StringComparison.OrdinalIgnoreCase);
    }

    public sealed class FailingFormFactory : AgriPoleApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IFormRenderer, ThrowingFormRenderer>());
        }
    }

    private sealed class ThrowingFormRenderer : IFormRenderer
    {
        public Task<IHtmlContent> RenderAsync(FormRenderRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
