using System.Net;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Submissions;

/// <summary>The forms as visitors meet them: placed on the seeded site pages, posted back, confirmed on the same page.</summary>
public sealed class SitePageFormTests : IDisposable
{
    private readonly FormsTestApp _app = new();

    [Fact]
    public async Task ContactPage_PostValid_RedirectsBackToPageShowingConfirmation()
    {
        var page = await _app.Client.GetAsync(new Uri("/en/contact-us/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = FormsTestApp.ParseForm(await page.Content.ReadAsStringAsync());
        Assert.Equal("en-US", FormsTestApp.Hidden(form).Single(h => h.Key == "__formCulture").Value);
        Assert.Equal("224ae920-5cd7-46a7-b690-cc389702a806", FormsTestApp.Hidden(form).Single(h => h.Key == "__formPage").Value);

        var post = await _app.PostAsync(form, FormsTestApp.ValidContact());

        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.Equal("/en/contact-us/?formSubmitted=contact#form-contact", post.Headers.Location!.OriginalString);
        var confirmation = FormsTestApp.Parse(await _app.Client.GetStringAsync(post.Headers.Location));
        Assert.Equal("Thank you, your message has been sent. We will reply shortly.", confirmation.QuerySelector(".form__confirmation")!.TextContent.Trim());
        await using var db = _app.Db();
        var entry = await db.Entries.SingleAsync();
        Assert.Equal(Guid.Parse("224ae920-5cd7-46a7-b690-cc389702a806"), entry.PageKey);
        Assert.Equal("en-US", entry.Culture);
    }

    [Fact]
    public async Task WhyJoinPage_RendersMembershipFormInFrench()
    {
        var html = await _app.Client.GetStringAsync(new Uri("/pourquoi-adherer/", UriKind.Relative));

        var form = FormsTestApp.ParseForm(html);
        Assert.Equal("/umbraco/forms/submit/membership", form.GetAttribute("action"));
        var doc = FormsTestApp.Parse(html);
        Assert.Equal("Numéro SIRET (obligatoire)", doc.QuerySelector("label[for=membership-siret]")!.TextContent);
        Assert.Equal(6, doc.QuerySelectorAll("input[name=interests]").Length);
    }

    public void Dispose() => _app.Dispose();
}
