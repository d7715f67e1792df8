using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>One block of a block list editor: its id in field names (the key in "N" form, or "__id__" in the template the script clones).</summary>
public sealed record BlockCardModel(PropertyEditorModel List, string Id, ContentType ElementType, JsonElement Values, int Position, int Count)
{
    public const string TemplateId = "__id__";

    public JsonElement? ValueOf(string alias) =>
        Values.ValueKind == JsonValueKind.Object && Values.TryGetProperty(alias, out var v) ? v : null;
}
