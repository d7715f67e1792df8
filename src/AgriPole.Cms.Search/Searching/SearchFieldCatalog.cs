using System.Collections.Concurrent;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Search.Indexing;

namespace AgriPole.Cms.Search.Searching;

/// <summary>
/// The text fields to search in a culture, from the content types' search settings (the model declares its search
/// fields): "title_fr-fr", "summary_fr-fr"... plus invariant searchable properties and the node name. Highest boost first.
/// </summary>
public sealed class SearchFieldCatalog(ICmsDefinitions definitions)
{
    private static readonly HashSet<string> TitleAliases = new(StringComparer.OrdinalIgnoreCase) { "title", "metaTitle", "menuTitle", "organisationName" };
    private readonly ConcurrentDictionary<string, IReadOnlyList<SearchField>> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SearchField> GetFields(string culture) => _byCulture.GetOrAdd(culture, Build);

    private IReadOnlyList<SearchField> Build(string culture)
    {
        var fields = new Dictionary<string, SearchField>(StringComparer.Ordinal)
        {
            [IndexFieldNames.NodeName(culture)] = new(IndexFieldNames.NodeName(culture), "__NodeName", 1f, true),
        };
        foreach (var type in definitions.ContentTypes.Values)
        {
            if (type.IsElement)
            {
                continue;
            }

            foreach (var property in type.Properties)
            {
                if (property.Search is null)
                {
                    continue;
                }

                var name = property.VariesByCulture ? IndexFieldNames.ForCulture(property.Alias, culture) : property.Alias;
                if (!fields.TryGetValue(name, out var existing) || existing.Boost < property.Search.Boost)
                {
                    fields[name] = new SearchField(name, property.Alias, property.Search.Boost, TitleAliases.Contains(property.Alias));
                }
            }
        }

        return [.. fields.Values.OrderByDescending(f => f.Boost).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }
}
