using System.Text.Json;

namespace AgriPole.Web.Features.Rendering;

/// <summary>One block of a block list (Umbraco.BlockList stored shape), with the element type alias and its values.</summary>
public sealed class BlockItem
{
    public required Guid Key { get; init; }

    public required string ContentTypeAlias { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Values { get; init; }

    public string? GetString(string alias) =>
        Values.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public int? GetInteger(string alias) =>
        Values.TryGetValue(alias, out var v) ? PropertyValues.ToInteger(v) : null;

    public JsonElement? GetValue(string alias) => Values.TryGetValue(alias, out var v) ? v : null;
}
