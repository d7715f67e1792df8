using System.Globalization;
using System.Text.Json;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Configuration;

/// <summary>
/// A JSON element with the file and path it came from, so every read can fail with a message naming both.
/// Hand-written reading (rather than deserialising DTOs) is what gives exact paths like "properties[2].dataType".
/// </summary>
public readonly struct ConfigNode
{
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public ConfigNode(JsonElement element, string file, string path)
    {
        Element = element;
        File = file;
        Path = path;
    }

    public JsonElement Element { get; }

    public string File { get; }

    public string Path { get; }

    public bool IsNull => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static JsonDocument Parse(string folder, string relativeFile)
    {
        var full = System.IO.Path.Combine(folder, relativeFile);
        if (!System.IO.File.Exists(full))
        {
            throw new CmsConfigurationException(relativeFile, string.Empty, "file not found in " + folder);
        }

        try
        {
            return JsonDocument.Parse(System.IO.File.ReadAllBytes(full), DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            throw new CmsConfigurationException(relativeFile, where, "invalid JSON: " + ex.Message, ex);
        }
    }

    public CmsConfigurationException Error(string problem) => new(File, Path, problem);

    public CmsConfigurationException Error(string field, string problem) => new(File, Child(field), problem);

    public string Child(string name) => Path.Length == 0 ? name : Path + "." + name;

    /// <summary>The named property, or a node wrapping Undefined when absent.</summary>
    public ConfigNode Get(string name)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error("expected an object");
        }

        return Element.TryGetProperty(name, out var value)
            ? new ConfigNode(value, File, Child(name))
            : new ConfigNode(default, File, Child(name));
    }

    public string RequiredString(string name)
    {
        var n = Get(name);
        if (n.Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(n.Element.GetString()))
        {
            throw n.Error("a non-empty string is required");
        }

        return n.Element.GetString()!.Trim();
    }

    public string? OptionalString(string name)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.String)
        {
            throw n.Error("expected a string or null");
        }

        return n.Element.GetString();
    }

    public bool OptionalBool(string name, bool defaultValue)
    {
        var n = Get(name);
        return n.Element.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => defaultValue,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw n.Error("expected true or false"),
        };
    }

    public int? OptionalInt(string name)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.Number || !n.Element.TryGetInt32(out var value))
        {
            throw n.Error("expected an integer");
        }

        return value;
    }

    public double? OptionalDouble(string name)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.Number)
        {
            throw n.Error("expected a number");
        }

        return n.Element.GetDouble();
    }

    public Guid RequiredGuid(string name)
    {
        var n = Get(name);
        if (n.Element.ValueKind != JsonValueKind.String || !Guid.TryParse(n.Element.GetString(), out var key) || key == Guid.Empty)
        {
            throw n.Error("a valid, non-empty GUID is required");
        }

        return key;
    }

    public Guid? OptionalGuid(string name)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            return null;
        }

        if (n.Element.ValueKind != JsonValueKind.String || !Guid.TryParse(n.Element.GetString(), out var key) || key == Guid.Empty)
        {
            throw n.Error("expected a valid GUID or null");
        }

        return key;
    }

    /// <summary>The items of an array property (absent or null: none).</summary>
    public IEnumerable<ConfigNode> Items(string name, bool required = false)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            if (required)
            {
                throw n.Error("an array is required");
            }

            return [];
        }

        if (n.Element.ValueKind != JsonValueKind.Array)
        {
            throw n.Error("expected an array");
        }

        return Enumerate(n);
    }

    public IReadOnlyList<string> StringList(string name)
    {
        var list = new List<string>();
        foreach (var item in Items(name))
        {
            if (item.Element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.Element.GetString()))
            {
                throw item.Error("expected a non-empty string");
            }

            list.Add(item.Element.GetString()!);
        }

        return list;
    }

    /// <summary>An object of culture → text. When <paramref name="languages"/> is given, every language must have a non-empty text.</summary>
    public LocalizedText LocalizedText(string name, IReadOnlyList<Language>? languages, bool required)
    {
        var n = Get(name);
        if (n.IsNull)
        {
            if (required)
            {
                throw n.Error("an object of texts per culture is required");
            }

            return Models.LocalizedText.Empty;
        }

        if (n.Element.ValueKind == JsonValueKind.String && !required)
        {
            // A single text (e.g. a validation message) applies to every culture.
            var text = n.Element.GetString() ?? string.Empty;
            return new LocalizedText((languages ?? []).ToDictionary(l => l.IsoCode, _ => text, StringComparer.OrdinalIgnoreCase));
        }

        if (n.Element.ValueKind != JsonValueKind.Object)
        {
            throw n.Error("expected an object of texts per culture");
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in n.Element.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String)
            {
                throw new CmsConfigurationException(n.File, n.Child(p.Name), "expected a string");
            }

            if (languages is not null && !languages.Any(l => string.Equals(l.IsoCode, p.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CmsConfigurationException(n.File, n.Child(p.Name), $"unknown culture '{p.Name}' (not in languages.json)");
            }

            values[p.Name] = p.Value.GetString()!;
        }

        if (required && languages is not null)
        {
            foreach (var language in languages)
            {
                if (!values.TryGetValue(language.IsoCode, out var v) || string.IsNullOrWhiteSpace(v))
                {
                    throw new CmsConfigurationException(n.File, n.Child(language.IsoCode), $"missing text in {language.IsoCode}");
                }
            }
        }

        return new LocalizedText(values);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Path}");

    private static IEnumerable<ConfigNode> Enumerate(ConfigNode array)
    {
        var i = 0;
        foreach (var item in array.Element.EnumerateArray())
        {
            yield return new ConfigNode(item, array.File, string.Create(CultureInfo.InvariantCulture, $"{array.Path}[{i}]"));
            i++;
        }
    }
}
