using System.Globalization;
using System.Text;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Indexing;
using AgriPole.Cms.Search.Searching;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Members;

/// <summary>
/// The members directory filtered by kind and department from the GET query (?kind=company&amp;department=31 - Haute-Garonne),
/// so filtering works without JavaScript. Unknown filter values match nothing rather than failing.
/// Filtering and paging go through <see cref="ISearchService.FilterMembers"/> once the index is ready; while it is still
/// being built (first start) the published snapshot answers instead, with the same order (the index's folded A–Z
/// sort key) and the same pages. <see cref="PageSize"/> members a page, plain links (?page=2) keep the filters.
/// </summary>
public sealed class MemberDirectoryViewModel
{
    /// <summary>The kinds of the memberKind dropdown, in the order shown.</summary>
    public static readonly IReadOnlyList<string> KnownKinds = ["company", "smeMidCap", "researchLab", "trainingCentre", "cooperative", "other"];

    public const int PageSize = 24;

    /// <summary>The members of the current page.</summary>
    public required IReadOnlyList<MemberCard> Members { get; init; }

    /// <summary>Members matching the filters, all pages.</summary>
    public required int FilteredCount { get; init; }

    public int Page { get; init; } = 1;

    public int PageCount => FilteredCount == 0 ? 0 : (FilteredCount + PageSize - 1) / PageSize;

    /// <summary>(page number, URL) of every page when there is more than one; empty otherwise.</summary>
    public IReadOnlyList<(int Number, string Url)> Pages { get; init; } = [];

    public string? PreviousPageUrl { get; init; }

    public string? NextPageUrl { get; init; }

    /// <summary>True when the search index answered; false when the snapshot did (index still building).</summary>
    public bool FromIndex { get; init; }

    public required int TotalCount { get; init; }

    /// <summary>(value, label) of kinds present among the members.</summary>
    public required IReadOnlyList<(string Value, string Label)> Kinds { get; init; }

    public required IReadOnlyList<string> Departments { get; init; }

    public string? SelectedKind { get; init; }

    public string? SelectedDepartment { get; init; }

    public bool IsFiltered => SelectedKind is not null || SelectedDepartment is not null;

    public static MemberDirectoryViewModel Create(PageViewModel page, PublishedContent directory, IServiceProvider? services = null)
    {
        var search = services?.GetService(typeof(ISearchService)) as ISearchService;
        var startup = services?.GetService(typeof(IndexStartupService)) as IndexStartupService;
        var indexReady = search is not null && startup is { Ready.IsCompletedSuccessfully: true };
        return Create(page, directory, indexReady ? search : null);
    }

    /// <param name="search">Null: filter the snapshot (the index is not ready).</param>
    public static MemberDirectoryViewModel Create(PageViewModel page, PublishedContent directory, ISearchService? search)
    {
        var all = new List<MemberCard>();
        foreach (var child in page.Children(directory, "member"))
        {
            all.Add(ToCard(page, child));
        }

        var kind = Selected(page, "kind");
        var department = Selected(page, "department");
        var pageNumber = int.TryParse(page.Query["page"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000 ? n : 1;

        var (members, filteredCount, fromIndex) = FromSearch(search, page.Culture, all, kind, department, pageNumber)
            ?? FromSnapshot(all, kind, department, pageNumber);

        var kinds = new List<(string, string)>();
        foreach (var k in KnownKinds)
        {
            if (all.Exists(m => m.Kind == k))
            {
                kinds.Add((k, KindLabel(page, k)));
            }
        }

        foreach (var m in all)
        {
            if (m.Kind is not null && !KnownKinds.Contains(m.Kind) && !kinds.Exists(x => x.Item1 == m.Kind))
            {
                kinds.Add((m.Kind, KindLabel(page, m.Kind)));
            }
        }

        var departments = all.Select(m => m.Department).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var pageCount = filteredCount == 0 ? 0 : (filteredCount + PageSize - 1) / PageSize;
        var baseUrl = page.Url ?? "/";
        var pages = new List<(int, string)>();
        if (pageCount > 1)
        {
            for (var p = 1; p <= pageCount; p++)
            {
                pages.Add((p, PageLink(baseUrl, kind, department, p)));
            }
        }

        return new MemberDirectoryViewModel
        {
            Members = members,
            FilteredCount = filteredCount,
            TotalCount = all.Count,
            Kinds = kinds,
            Departments = departments,
            SelectedKind = kind,
            SelectedDepartment = department,
            Page = pageNumber,
            Pages = pages,
            PreviousPageUrl = pageNumber > 1 && pageNumber <= pageCount ? PageLink(baseUrl, kind, department, pageNumber - 1) : null,
            NextPageUrl = pageNumber < pageCount ? PageLink(baseUrl, kind, department, pageNumber + 1) : null,
            FromIndex = fromIndex,
        };
    }

    /// <summary>"/adherents/?kind=company&amp;department=31%20-%20Haute-Garonne&amp;page=2": values escaped, defaults left out.</summary>
    public static string PageLink(string baseUrl, string? kind, string? department, int pageNumber)
    {
        var sb = new StringBuilder(baseUrl);
        var separator = '?';
        void Add(string name, string value)
        {
            sb.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        if (kind is not null)
        {
            Add("kind", kind);
        }

        if (department is not null)
        {
            Add("department", department);
        }

        if (pageNumber > 1)
        {
            Add("page", pageNumber.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static (List<MemberCard>, int, bool)? FromSearch(ISearchService? search, string culture, List<MemberCard> all, string? kind, string? department, int pageNumber)
    {
        if (search is null)
        {
            return null;
        }

        var results = search.FilterMembers(new MemberFilter(culture, kind, department, null, pageNumber, PageSize));
        if (!results.IndexReady)
        {
            return null;
        }

        // The cards come from the snapshot (the page's own view of the content); a hit the snapshot no longer shows is skipped.
        var byKey = all.ToDictionary(m => m.Node.Key);
        var members = new List<MemberCard>(results.Hits.Count);
        foreach (var hit in results.Hits)
        {
            if (byKey.TryGetValue(hit.Key, out var card))
            {
                members.Add(card);
            }
        }

        return (members, results.Total, true);
    }

    private static (List<MemberCard>, int, bool) FromSnapshot(List<MemberCard> all, string? kind, string? department, int pageNumber)
    {
        var filtered = all.FindAll(m =>
            (kind is null || string.Equals(m.Kind, kind, StringComparison.Ordinal))
            && (department is null || string.Equals(m.Department, department, StringComparison.Ordinal)));

        // The index's order: its folded A–Z key of the organisation name (every member has one), ordinal.
        var ordered = filtered
            .OrderBy(m => ContentValueSetBuilder.SortKey(m.Node.GetString("organisationName") ?? m.Name), StringComparer.Ordinal)
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .ToList();
        return (ordered, filtered.Count, false);
    }

    public static MemberCard ToCard(PageViewModel page, PublishedContent member)
    {
        var kinds = page.Strings("kind", member);
        var kind = kinds.Count > 0 ? kinds[0] : null;
        var departments = page.Strings("department", member);
        var website = page.Text("website", member) is { } w
            && Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? w
            : null;
        return new MemberCard(
            member,
            page.Text("organisationName", member) ?? page.NameOf(member),
            page.UrlOf(member),
            kind,
            kind is null ? null : KindLabel(page, kind),
            departments.Count > 0 ? departments[0] : null,
            website,
            page.Text("description", member),
            member.GetBoolean("isExample"),
            page.Media("logo", member));
    }

    public static string KindLabel(PageViewModel page, string kind) => page.T("Members.Kind." + kind, kind);

    private static string? Selected(PageViewModel page, string name)
    {
        var value = page.Query[name].ToString().Trim();
        return value.Length is 0 or > 200 ? null : value;
    }
}
