using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>A <c>sort</c> option: a comparison of two candidates (already oriented by the requested direction).</summary>
public interface IContentSort
{
    bool CanHandle(string sort);

    Comparison<PublishedContent> Build(string sort, ContentQueryContext query);
}
