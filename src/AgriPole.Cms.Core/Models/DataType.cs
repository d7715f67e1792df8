using System.Text.Json;

namespace AgriPole.Cms.Core.Models;

/// <summary>A configured property editor (Umbraco's data type): an editor alias plus its configuration.</summary>
public sealed class DataType
{
    public required Guid Key { get; init; }

    public required string Alias { get; init; }

    /// <summary>One of <see cref="PropertyEditorAliases"/>.</summary>
    public required string EditorAlias { get; init; }

    /// <summary>Editor configuration as written in the file (crops, block definitions, allowed types, max length...).</summary>
    public JsonElement Configuration { get; init; }
}
