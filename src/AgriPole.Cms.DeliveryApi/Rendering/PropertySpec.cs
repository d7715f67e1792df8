namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>
/// One level of an <c>expand</c> or <c>fields</c> value (v2 syntax): the property aliases named at that level, each
/// with the spec of its own nested properties (the "properties[...]" inside it), or "$all".
/// </summary>
public sealed class PropertySpec
{
    /// <summary>"fields=" present but naming no properties: every level renders "properties": {}.</summary>
    public static readonly PropertySpec None = new(false, new Dictionary<string, PropertySpec?>(StringComparer.Ordinal), null);

    public PropertySpec(bool all, IReadOnlyDictionary<string, PropertySpec?> items, PropertySpec? allChild)
    {
        All = all;
        Items = items;
        AllChild = allChild;
    }

    /// <summary>"$all" was named at this level.</summary>
    public bool All { get; }

    /// <summary>Aliases named at this level (ordinal: Umbraco matches aliases exactly here), with their nested spec.</summary>
    public IReadOnlyDictionary<string, PropertySpec?> Items { get; }

    /// <summary>The nested spec given to "$all", as in properties[$all[properties[a]]].</summary>
    public PropertySpec? AllChild { get; }

    public bool Includes(string alias) => All || Items.ContainsKey(alias);

    /// <summary>The nested spec for a property named here; null when it has none.</summary>
    public PropertySpec? Child(string alias) => Items.TryGetValue(alias, out var child) ? child : AllChild;
}
