using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>Reads the tree for the back-office: one level at a time, names in the editor's language.</summary>
public sealed class ContentTree(IContentService content, ICmsDefinitions definitions)
{
    public sealed record Node(Guid Key, string Name, string TypeName, string Icon, bool CanHaveChildren, bool Published, bool Edited);

    public async Task<IReadOnlyList<Node>> ChildrenAsync(Guid? parent, string uiCulture, CancellationToken cancellationToken = default)
    {
        var children = await content.GetChildrenAsync(parent, cancellationToken);
        return children.Select(c => ToNode(c, uiCulture)).ToList();
    }

    public Node ToNode(ContentItem item, string uiCulture)
    {
        var type = definitions.GetContentType(item.ContentTypeAlias);
        return new Node(
            item.Key,
            NameOf(item, uiCulture),
            type?.Name.Get(uiCulture) ?? item.ContentTypeAlias,
            type?.Icon ?? "icon-document",
            type?.AllowedChildren.Count > 0,
            item.Cultures.Values.Any(c => c.IsPublished),
            item.Cultures.Values.Any(c => c.IsEdited || !c.IsPublished));
    }

    public string NameOf(ContentItem item, string uiCulture) =>
        item.Cultures.TryGetValue(uiCulture, out var c) && c.Name.Length > 0 ? c.Name
        : item.Cultures.TryGetValue(definitions.DefaultLanguage.IsoCode, out var d) ? d.Name
        : item.Cultures.Values.FirstOrDefault()?.Name ?? item.Key.ToString();

    /// <summary>Every non-trashed node with its depth, in tree order, for pickers and move/copy targets.</summary>
    public async Task<IReadOnlyList<(Node Node, int Depth, string Alias)>> AllAsync(string uiCulture, CancellationToken cancellationToken = default)
    {
        var result = new List<(Node, int, string)>();
        await WalkAsync(null, 0);
        return result;

        async Task WalkAsync(Guid? parent, int depth)
        {
            if (depth > 20 || result.Count > 5000)
            {
                return;
            }

            foreach (var child in await content.GetChildrenAsync(parent, cancellationToken))
            {
                result.Add((ToNode(child, uiCulture), depth, child.ContentTypeAlias));
                await WalkAsync(child.Key, depth + 1);
            }
        }
    }
}
