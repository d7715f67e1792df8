using AgriPole.Testing;
using AgriPole.Web.Features.Forms;
using AgriPole.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Forms;

public class FormRendererTests(FormRendererTests.FormFactory factory) : IClassFixture<FormRendererTests.FormFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Fact]
    public async Task Get_ContactPageWithRendererRegistered_RendersThePickedFormAndIsNeverCached()
    {
        var contact = factory.Single("contactPage");
        var url = factory.UrlOf(contact, "fr-FR")!;
        var alias = contact.GetString("form");
        Assert.False(string.IsNullOrEmpty(alias), "The seeded contact page picks no form.");
        var renderer = (CountingFormRenderer)factory.Services.GetRequiredService<IFormRenderer>();
        var before = renderer.Calls;

        var first = await _client.GetDocumentAsync(url);
        using var second = await _client.GetAsync(new Uri("http://localhost" + url));

        Assert.Equal(alias, first.QuerySelector("main form.test-form")?.GetAttribute("data-alias"));
        Assert.Equal("fr-FR", first.QuerySelector("main form.test-form")?.GetAttribute("data-culture"));
        Assert.Equal(before + 2, renderer.Calls);
        Assert.Null(second.Headers.ETag);
        Assert.Contains("no-store", second.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    public sealed class FormFactory : AgriPoleApplicationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IFormRenderer, CountingFormRenderer>());
        }
    }

    private sealed class CountingFormRenderer : IFormRenderer
    {
        private int _calls;

        public int Calls => _calls;

        public Task<IHtmlContent> RenderAsync(FormRenderRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var html = new HtmlContentBuilder()
                .AppendHtml("<form class=\"test-form\" data-alias=\"").Append(request.FormAlias)
                .AppendHtml("\" data-culture=\"").Append(request.Culture).AppendHtml("\"></form>");
            return Task.FromResult<IHtmlContent>(html);
        }
    }
}
