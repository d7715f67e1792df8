using System.Net;
using AgriPole.Testing;
using AgriPole.Web.Tests.Support;

namespace AgriPole.Web.Tests.Features.Members;

public class MemberDirectoryViewModelTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateSiteClient();

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("en-US")]
    public async Task Get_Directory_ListsEveryMemberWithExampleBadgeLogoAndFacts(string culture)
    {
        var directory = factory.Single("membersDirectory", culture);
        var members = factory.Snapshot().GetChildren(directory.Key).Where(m => m.IsPublishedIn(culture)).ToList();
        Assert.NotEmpty(members);

        var doc = await _client.GetDocumentAsync(factory.UrlOf(directory, culture)!);
        var cards = doc.QuerySelectorAll(".member-card");

        Assert.Equal(members.Count, cards.Length);
        Assert.All(cards, card =>
        {
            Assert.NotNull(card.QuerySelector(".badge"));
            var logo = card.QuerySelector("img.logo");
            Assert.NotNull(logo);
            Assert.False(string.IsNullOrEmpty(logo!.GetAttribute("alt")));
            Assert.True(int.TryParse(logo.GetAttribute("width"), out _) && int.TryParse(logo.GetAttribute("height"), out _));
        });
        Assert.Equal(members.Select(m => m.GetString("organisationName")).Order(StringComparer.Ordinal),
            cards.Select(c => c.QuerySelector(".member-name")!.TextContent.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Get_DirectoryFilteredByKindAndDepartment_ShowsOnlyMatchingMembersWithoutJavaScript()
    {
        var directory = factory.Single("membersDirectory");
        var url = factory.UrlOf(directory, "fr-FR")!;
        var members = factory.Snapshot().GetChildren(directory.Key).Where(m => m.IsPublishedIn("fr-FR")).ToList();
        var kind = members.Select(m => Kind(m, "kind")).First(k => k is not null)!;
        var department = members.Select(m => Kind(m, "department")).First(d => d is not null)!;

        var byKind = await _client.GetDocumentAsync(url + "?kind=" + Uri.EscapeDataString(kind));
        var byDepartment = await _client.GetDocumentAsync(url + "?department=" + Uri.EscapeDataString(department));
        var both = await _client.GetDocumentAsync(url + "?kind=" + Uri.EscapeDataString(kind) + "&department=" + Uri.EscapeDataString(department));

        Assert.Equal(members.Count(m => Kind(m, "kind") == kind), byKind.QuerySelectorAll(".member-card").Length);
        Assert.Equal(members.Count(m => Kind(m, "department") == department), byDepartment.QuerySelectorAll(".member-card").Length);
        Assert.Equal(members.Count(m => Kind(m, "kind") == kind && Kind(m, "department") == department), both.QuerySelectorAll(".member-card").Length);
        Assert.Equal(kind, byKind.QuerySelector("select[name=kind] option[selected]")?.GetAttribute("value"));
        Assert.Equal("get", byKind.QuerySelector("form.filters")?.GetAttribute("method"));
    }

    [Fact]
    public async Task Get_DirectoryWithHostileFilter_AnswersEmptyListEncoded()
    {
        var url = factory.UrlOf(factory.Single("membersDirectory"), "fr-FR")!;
        using var response = await _client.GetAsync(new Uri("http://localhost" + url + "?kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E&department=" + new string('x', 5000)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Empty(SiteClient.Parse(html).QuerySelectorAll(".member-card"));
    }

    private static string? Kind(Cms.Core.PublishedCache.PublishedContent member, string alias) =>
        member.GetValue(alias) is { ValueKind: System.Text.Json.JsonValueKind.Array } a && a.GetArrayLength() > 0 ? a[0].GetString()
        : member.GetString(alias);
}
