using System.Text.Json;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>Builds published nodes tersely: <c>Node.Of("contentPage").Fr("Adhérer", "/adherer/", title: "...").Build()</c>.</summary>
public sealed class Node
{
    private readonly Dictionary<string, PublishedCulture> _cultures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonElement> _invariant = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _type;
    private Guid _key = Guid.NewGuid();
    private PublishedContent? _parent;

    private Node(string type) => _type = type;

    public static Node Of(string type) => new(type);

    public Node Key(Guid key)
    {
        _key = key;
        return this;
    }

    public Node Under(PublishedContent parent)
    {
        _parent = parent;
        return this;
    }

    public Node Culture(string culture, string name, string? route, params (string Alias, object Value)[] values)
    {
        _cultures[culture] = new PublishedCulture
        {
            Culture = culture,
            Name = name,
            UrlSegment = name.ToLowerInvariant(),
            Route = route,
            Values = values.ToDictionary(v => v.Alias, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.OrdinalIgnoreCase),
        };
        return this;
    }

    public Node Fr(string name, string? route, params (string Alias, object Value)[] values) => Culture("fr-FR", name, route, values);

    public Node En(string name, string? route, params (string Alias, object Value)[] values) => Culture("en-US", name, route, values);

    public Node Invariant(string alias, object value)
    {
        _invariant[alias] = JsonSerializer.SerializeToElement(value);
        return this;
    }

    public PublishedContent Build() => new()
    {
        Key = _key,
        ParentKey = _parent?.Key,
        ContentType = TestDefinitions.Instance.Type(_type),
        Level = (_parent?.Level ?? 0) + 1,
        PathKeys = [.. _parent?.PathKeys ?? [], _key],
        Cultures = _cultures,
        InvariantValues = _invariant,
    };
}
