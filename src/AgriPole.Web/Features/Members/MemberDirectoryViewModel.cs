using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Web.Features.Rendering;

namespace AgriPole.Web.Features.Members;

/// <summary>
/// The members directory filtered by kind and department from the GET query (?kind=company&amp;department=31 - Haute-Garonne),
/// so filtering works without JavaScript. Unknown filter values match nothing rather than failing.
/// </summary>
public sealed class MemberDirectoryViewModel
{
    /// <summary>The kinds of the memberKind dropdown, in the order shown.</summary>
    public static readonly IReadOnlyList<string> KnownKinds = ["company", "smeMidCap", "researchLab", "trainingCentre", "cooperative", "other"];

    public required IReadOnlyList<MemberCard> Members { get; init; }

    public required int TotalCount { get; init; }

    /// <summary>(value, label) of kinds present among the members.</summary>
    public required IReadOnlyList<(string Value, string Label)> Kinds { get; init; }

    public required IReadOnlyList<string> Departments { get; init; }

    public string? SelectedKind { get; init; }

    public string? SelectedDepartment { get; init; }

    public bool IsFiltered => SelectedKind is not null || SelectedDepartment is not null;

    public static MemberDirectoryViewModel Create(PageViewModel page, PublishedContent directory)
    {
        var all = new List<MemberCard>();
        foreach (var child in page.Children(directory, "member"))
        {
            all.Add(ToCard(page, child));
        }

        var kind = Selected(page, "kind");
        var department = Selected(page, "department");
        var filtered = all.FindAll(m =>
            (kind is null || string.Equals(m.Kind, kind, StringComparison.Ordinal))
            && (department is null || string.Equals(m.Department, department, StringComparison.Ordinal)));

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
        return new MemberDirectoryViewModel
        {
            Members = filtered,
            TotalCount = all.Count,
            Kinds = kinds,
            Departments = departments,
            SelectedKind = kind,
            SelectedDepartment = department,
        };
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
