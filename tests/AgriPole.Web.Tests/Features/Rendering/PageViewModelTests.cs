using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Testing;
using AgriPole.Web.Features.Navigation;
using AgriPole.Web.Features.Rendering;
using AgriPole.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Web.Tests.Features.Rendering;

/// <summary>The view model over the real seeded snapshot.</summary>
public class PageViewModelTests(AgriPoleApplicationFactory factory) : IClassFixture<AgriPoleApplicationFactory>
{
    [Fact]
    public void T_KnownKey_ReturnsTheCulturesText()
    {
        Assert.Equal("Recherche", Create("fr-FR").T("Nav.Search"));
        Assert.Equal("Search", Create("en-US").T("Nav.Search"));
    }

    [Fact]
    public void T_MissingKey_ReturnsTheKeyWithoutThrowing() =>
        Assert.Equal("No.Such.Key", Create("en-US").T("No.Such.Key"));

    [Fact]
    public void Format_MalformedOrMissingPattern_ReturnsTheTextUnformatted()
    {
        var model = Create("en-US");
        Assert.Equal("2 of 8 member(s) shown", model.Format("Members.Count", 2, 8));
        Assert.Equal("No.Such.Pattern", model.Format("No.Such.Pattern", 1));
    }

    [Fact]
    public void MetaTitle_HomeWithMetaTitle_UsesIt_OtherPagesAppendTheSiteName()
    {
        var model = Create("en-US");
        Assert.Equal(model.Text("metaTitle") ?? $"{model.Title} | {model.SiteName}", model.MetaTitle);
        Assert.Equal("en", model.LangTag);
        Assert.Empty(model.Breadcrumbs);
    }

    private PageViewModel Create(string culture)
    {
        var services = factory.Services;
        var snapshot = services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        var definitions = services.GetRequiredService<ICmsDefinitions>();
        return new PageViewModel(
            snapshot,
            factory.Single("home", culture),
            definitions.GetLanguage(culture)!,
            services.GetRequiredService<IPublishedUrlProvider>(),
            definitions,
            services.GetRequiredService<NavigationCache>(),
            "http://localhost",
            "Agri Sud-Ouest Innovation",
            new QueryCollection());
    }
}
