using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Querying.Filters;
using AgriPole.Cms.DeliveryApi.Querying.Selectors;
using AgriPole.Cms.DeliveryApi.Querying.Sorts;
using Umbraco.Cms.Core.DeliveryApi;

namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

public static class Queries
{
    public static ContentQueryService Service(IFilterHandler[]? filters = null, ISelectorHandler[]? selectors = null, ISortHandler[]? sorts = null) => new(
        [new ChildrenSelector(), new DescendantsSelector(), new AncestorsSelector()],
        [new ContentTypeFilter(), new NameFilter(), new CreateDateFilter(), new UpdateDateFilter()],
        [new CreateDateSort(), new UpdateDateSort(), new LevelSort(), new NameSort(), new SortOrderSort(), new PathSort()],
        selectors ?? [],
        filters ?? [],
        sorts ?? []);
}
