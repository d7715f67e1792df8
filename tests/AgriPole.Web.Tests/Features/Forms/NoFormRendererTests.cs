using AgriPole.Testing;
using AgriPole.Web.Features.Forms;
using AgriPole.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Forms;

public class NoFormRendererTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    [Fact]
    public async Task Get_ContactPage_RendersAFormOnlyWhenTheFormsFeatureIsRegistered()
    {
        var client = factory.CreateSiteClient();
        var url = factory.UrlOf(factory.Single("contactPage"), "fr-FR")!;

        var doc = await client.GetDocumentAsync(url);

        // Until the forms feature registers an IFormRenderer there is no form and no placeholder text.
        if (factory.Services.GetService<IFormRenderer>() is null)
        {
            Assert.Null(doc.QuerySelector("main form"));
            Assert.Null(doc.QuerySelector(".form-placement"));
        }
        else
        {
            Assert.NotNull(doc.QuerySelector(".form-placement"));
        }
    }
}
