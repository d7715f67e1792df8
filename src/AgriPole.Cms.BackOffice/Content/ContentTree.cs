using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>
/// Reads the tree for the back-office: one level at a time, names in the editor's language. Reads only the columns a
/// tree node shows (names and flags, never property values) straight from the engine's tables: a level of 2,000
/// news items or the whole tree of 10,000 pages must open in milliseconds, which mapping full documents did not allow.
/// </summary>
public sealed class ContentTree(CmsDbContextFactory factory, ICmsDefinitions definitions)
{
    /// <summary>Nodes per page of a tree level.</summary>
    public const int LevelPageSize = 200;

    public sealed record Node(Guid Key, string Name, string TypeName, string Icon, bool CanHaveChildren, bool Published, bool Edited);

    /// <summary>What a tree node needs of a document: its culture rows without values.</summary>
    private sealed record NodeRow(Guid Key, Guid? ParentKey, string ContentTypeAlias, int SortOrder, List<CultureRow> Cultures);

    private sealed record CultureRow(string Culture, string Name, bool IsPublished, bool IsEdited);

    public async Task<IReadOnlyList<Node>> ChildrenAsync(Guid? parent, string uiCulture, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var rows = await Rows(db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == parent && !n.Trashed).OrderBy(n => n.SortOrder))
            .ToListAsync(cancellationToken);
        return rows.Select(r => ToNode(r, uiCulture)).ToList();
    }

    /// <summary>
    /// One page of a level (<see cref="LevelPageSize"/> nodes from <paramref name="skip"/>) and the level's size: a
    /// level of 2,000 news items opens with its first nodes and a "show more" (as Umbraco's tree pages its levels).
    /// </summary>
    public async Task<(IReadOnlyList<Node> Nodes, int Total)> LevelAsync(Guid? parent, string uiCulture, int skip, CancellationToken cancellationToken = default)
    {
        await using var db = factory.Create();
        var level = db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == parent && !n.Trashed);
        var total = await level.CountAsync(cancellationToken);
        var rows = skip >= total ? [] : await Rows(level.OrderBy(n => n.SortOrder).Skip(skip).Take(LevelPageSize)).ToListAsync(cancellationToken);
        return (rows.Select(r => ToNode(r, uiCulture)).ToList(), total);
    }

    public Node ToNode(ContentItem item, string uiCulture) => ToNode(
        new NodeRow(item.Key, item.ParentKey, item.ContentTypeAlias, item.SortOrder, item.Cultures.Values.Select(c => new CultureRow(c.Culture, c.Name, c.IsPublished, c.IsEdited)).ToList()),
        uiCulture);

    public string NameOf(ContentItem item, string uiCulture) =>
        NameOf(item.Cultures.Values.Select(c => new CultureRow(c.Culture, c.Name, c.IsPublished, c.IsEdited)).ToList(), item.Key, uiCulture);

    private static IQueryable<NodeRow> Rows(IQueryable<ContentNodeEntity> nodes) =>
        nodes.Select(n => new NodeRow(n.Key, n.ParentKey, n.ContentTypeAlias, n.SortOrder,
            n.Cultures.OrderBy(c => c.Culture).Select(c => new CultureRow(c.Culture, c.Name, c.IsPublished, c.IsEdited)).ToList()));

    private Node ToNode(NodeRow row, string uiCulture)
    {
        var type = definitions.GetContentType(row.ContentTypeAlias);
        return new Node(
            row.Key,
            NameOf(row.Cultures, row.Key, uiCulture),
            type?.Name.Get(uiCulture) ?? row.ContentTypeAlias,
            type?.Icon ?? "icon-document",
            type?.AllowedChildren.Count > 0,
            row.Cultures.Any(c => c.IsPublished),
            row.Cultures.Any(c => c.IsEdited || !c.IsPublished));
    }

    private string NameOf(List<CultureRow> cultures, Guid key, string uiCulture) =>
        Find(cultures, uiCulture) is { Name.Length: > 0 } c ? c.Name
        : Find(cultures, definitions.DefaultLanguage.IsoCode) is { } d ? d.Name
        : cultures.FirstOrDefault()?.Name ?? key.ToString();

    // Culture keys of ContentItem.Cultures compare without case; so does this.
    private static CultureRow? Find(List<CultureRow> cultures, string culture) =>
        cultures.Find(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
}
