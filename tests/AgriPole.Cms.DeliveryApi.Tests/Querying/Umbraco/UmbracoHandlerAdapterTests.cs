using AgriPole.Cms.DeliveryApi.Querying;
using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DeliveryApi;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.DeliveryApiFixture;

namespace AgriPole.Cms.DeliveryApi.Tests.Querying.Umbraco;

public class UmbracoHandlerAdapterTests
{
    /// <summary>A filter written the Umbraco way: "tag:eau" filters on the "tags" property field.</summary>
    public sealed class TagFilter : IFilterHandler
    {
        private const string Prefix = "tag:";

        public bool CanHandle(string query) => query.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

        public FilterOption BuildFilterOption(string filter)
        {
            var value = filter[Prefix.Length..];
            var negate = value.StartsWith('!');
            return new FilterOption
            {
                FieldName = "tags",
                Values = [negate ? value[1..] : value],
                Operator = negate ? FilterOperation.IsNot : FilterOperation.Is,
            };
        }
    }

    public sealed class TitleContainsFilter : IFilterHandler
    {
        public bool CanHandle(string query) => query.StartsWith("titleContains:", StringComparison.Ordinal);

        public FilterOption BuildFilterOption(string filter) =>
            new() { FieldName = "title", Values = [filter["titleContains:".Length..]], Operator = FilterOperation.Contains };
    }

    public sealed class PublishDateSort : ISortHandler
    {
        public bool CanHandle(string query) => query.StartsWith("publishDate:", StringComparison.Ordinal);

        public SortOption BuildSortOption(string sort) =>
            new() { FieldName = "publishDate", Direction = sort.EndsWith("asc", StringComparison.Ordinal) ? Direction.Ascending : Direction.Descending };
    }

    public sealed class ParentSelector : ISelectorHandler
    {
        public bool CanHandle(string query) => query.StartsWith("parent:", StringComparison.Ordinal);

        public SelectorOption BuildSelectorOption(string selector) => new() { FieldName = "parentId", Values = [selector["parent:".Length..]] };
    }

    private static List<Guid> Run(ContentQueryService service, string? fetch, string[] filters, string[]? sorts = null) =>
        service.Execute(new ContentQueryContext(Context()), fetch, filters, sorts ?? [], 0, 10).Items.Select(i => i.Key).ToList();

    [Fact]
    public void Execute_UmbracoFilterHandler_IsEvaluatedAgainstFieldIndex()
    {
        var service = Queries.Service(filters: [new TagFilter()]);
        Assert.Equal([News1Key, News2Key], Run(service, null, ["tag:EAU"]));
        Assert.Equal([News1Key], Run(service, null, ["tag:innovation"]));
        Assert.Equal([HomeKey, AboutKey, NewsKey], Run(service, null, ["tag:!eau"]));
    }

    [Fact]
    public void Execute_UmbracoFilterHandlerNotRegistered_IsUnknown()
    {
        var result = Queries.Service().Execute(new ContentQueryContext(Context()), null, ["tag:eau"], [], 0, 10);
        Assert.Equal(ContentQueryStatus.FilterOptionNotFound, result.Status);
    }

    [Fact]
    public void Execute_UmbracoContainsFilter_MatchesSubstringOfCultureValue()
    {
        var service = Queries.Service(filters: [new TitleContainsFilter()]);
        Assert.Equal([AboutKey], Run(service, null, ["titleContains:propos"]));
    }

    [Fact]
    public void Execute_UmbracoSortAndSelectorHandlers_AreEvaluatedAgainstFieldIndex()
    {
        var service = Queries.Service(selectors: [new ParentSelector()], sorts: [new PublishDateSort()]);
        Assert.Equal([News2Key, News1Key], Run(service, "parent:" + NewsKey, [], ["publishDate:desc"]));
        Assert.Equal([News1Key, News2Key], Run(service, "parent:" + NewsKey, [], ["publishDate:asc"]));
    }
}
