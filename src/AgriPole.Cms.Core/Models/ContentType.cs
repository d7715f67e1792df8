namespace AgriPole.Cms.Core.Models;

/// <summary>A document type or element type, read from umbraco-config/document-types or element-types.</summary>
public sealed class ContentType
{
    public required Guid Key { get; init; }

    public required string Alias { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    public string Icon { get; init; } = "icon-document";

    /// <summary>Element types only live inside blocks; they have no URL.</summary>
    public bool IsElement { get; init; }

    public bool AllowedAtRoot { get; init; }

    public IReadOnlyList<string> AllowedChildren { get; init; } = [];

    /// <summary>Aliases of the element types whose properties this type includes.</summary>
    public IReadOnlyList<string> Compositions { get; init; } = [];

    /// <summary>Whether names (and so URLs) vary by culture.</summary>
    public bool VariesByCulture { get; init; } = true;

    /// <summary>Tabs, in order.</summary>
    public IReadOnlyList<PropertyGroup> Groups { get; init; } = [];

    /// <summary>All properties, composition properties included, in display order.</summary>
    public IReadOnlyList<PropertyType> Properties { get; init; } = [];

    /// <summary>The file this type was read from, for error messages.</summary>
    public string SourceFile { get; init; } = string.Empty;

    public PropertyType? GetProperty(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A tab of the editor.</summary>
public sealed record PropertyGroup(string Alias, LocalizedText Name);

public sealed class PropertyType
{
    public required string Alias { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    public required DataType DataType { get; init; }

    public bool VariesByCulture { get; init; }

    public bool Mandatory { get; init; }

    public string? ValidationRegex { get; init; }

    /// <summary>Message shown when the regex does not match, per culture.</summary>
    public LocalizedText? ValidationMessage { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>Alias of the tab the property sits in.</summary>
    public string Group { get; init; } = "content";

    /// <summary>Null when the property is not searchable.</summary>
    public SearchFieldSettings? Search { get; init; }
}

/// <summary>Declares a property searchable; title ~ 3, summary ~ 2, body ~ 1 by convention.</summary>
public sealed record SearchFieldSettings(float Boost);
