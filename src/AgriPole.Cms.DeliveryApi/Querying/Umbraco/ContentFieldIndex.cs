using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.DeliveryApi.Querying.Umbraco;

/// <summary>
/// A small stand-in for Umbraco's DeliveryApiContentIndex (there is no Examine here): per snapshot and culture, each
/// item's field values by field name, so that the SelectorOption/FilterOption/SortOption of a foreign
/// <c>ISelectorHandler</c>/<c>IFilterHandler</c>/<c>ISortHandler</c> can be evaluated by field name.
/// Fields: Umbraco's own (id, parentId, ancestorIds, path, contentType, name, level, sortOrder, createDate, updateDate)
/// plus one per property alias holding its simple values (text, numbers, booleans as 1/0, dates, each tag and dropdown
/// choice, a picked content key). Built lazily once per snapshot and culture; dropped with the snapshot.
/// </summary>
public sealed class ContentFieldIndex
{
    private static readonly ConditionalWeakTable<IPublishedSnapshot, ConcurrentDictionary<string, ContentFieldIndex>> Indexes = new();

    private readonly Dictionary<Guid, Dictionary<string, List<object>>> _fields = [];
    private readonly Dictionary<Guid, int> _treePositions = [];

    private ContentFieldIndex(IPublishedSnapshot snapshot, string culture)
    {
        var position = 0;
        foreach (var content in snapshot.All)
        {
            _treePositions[content.Key] = position++;
            _fields[content.Key] = Build(snapshot, content, culture);
        }
    }

    public static ContentFieldIndex For(IPublishedSnapshot snapshot, string culture) =>
        Indexes.GetOrCreateValue(snapshot).GetOrAdd(culture.ToLowerInvariant(), c => new ContentFieldIndex(snapshot, c));

    /// <summary>The values of a field for an item: strings, decimals or DateTimes. Empty when absent.</summary>
    public IReadOnlyList<object> GetValues(Guid key, string field) =>
        _fields.TryGetValue(key, out var fields) && fields.TryGetValue(field, out var values) ? values : [];

    /// <summary>Position in tree order (parents before children, siblings by sort order).</summary>
    public int TreePosition(Guid key) => _treePositions.TryGetValue(key, out var p) ? p : int.MaxValue;

    private static Dictionary<string, List<object>> Build(IPublishedSnapshot snapshot, PublishedContent content, string culture)
    {
        var fields = new Dictionary<string, List<object>>(StringComparer.OrdinalIgnoreCase);
        void Add(string field, object value)
        {
            if (!fields.TryGetValue(field, out var list))
            {
                fields[field] = list = [];
            }

            list.Add(value);
        }

        var variant = content.Cultures.FirstOrDefault(c => string.Equals(c.Key, culture, StringComparison.OrdinalIgnoreCase)).Value
            ?? (content.ContentType.VariesByCulture ? null : content.Cultures.Values.FirstOrDefault());
        Add("id", content.Key.ToString("D"));
        Add("parentId", content.ParentKey?.ToString("D") ?? Guid.Empty.ToString("D"));
        foreach (var ancestor in content.PathKeys)
        {
            if (ancestor != content.Key)
            {
                Add("ancestorIds", ancestor.ToString("D"));
            }
        }

        Add("path", string.Join(',', content.PathKeys.Select(k => k.ToString("D"))));
        Add("contentType", content.ContentType.Alias);
        if (variant is not null)
        {
            Add("name", variant.Name);
        }

        Add("level", (decimal)content.Level);
        Add("sortOrder", (decimal)content.SortOrder);
        Add("createDate", content.CreateDate);
        Add("updateDate", variant?.PublishDate is { } d && d != default ? d : content.UpdateDate);
        foreach (var property in content.ContentType.Properties)
        {
            if (content.GetValue(property.Alias, variant?.Culture ?? culture) is { } value)
            {
                AddValue(property, value, v => Add(property.Alias, v));
            }
        }

        return fields;
    }

    private static void AddValue(PropertyType property, JsonElement value, Action<object> add)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString()!;
                if (property.DataType.EditorAlias == PropertyEditorAliases.DateTime
                    && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
                {
                    add(date);
                }
                else if (property.DataType.EditorAlias != PropertyEditorAliases.RichText)
                {
                    add(s);
                }

                break;
            case JsonValueKind.Number:
                add(value.GetDecimal());
                break;
            case JsonValueKind.True:
                add(1m);
                break;
            case JsonValueKind.False:
                add(0m);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        add(item.GetString()!);
                    }
                }

                break;
        }
    }
}
