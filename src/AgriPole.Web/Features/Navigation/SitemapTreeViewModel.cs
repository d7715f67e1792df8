using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Navigation;

public sealed record SitemapTreeViewModel(PageViewModel Page, PublishedContent Node);
