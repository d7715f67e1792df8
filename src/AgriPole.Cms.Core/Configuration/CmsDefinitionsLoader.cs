using System.Text.Json;
using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Configuration;

/// <summary>
/// Reads and validates umbraco-config/ (languages, domains, data types, document and element types, dictionary).
/// Anything wrong throws <see cref="CmsConfigurationException"/> naming the file and the JSON path of the field,
/// so a broken deploy stops at start instead of failing on the first page that uses the broken type.
/// </summary>
public static partial class CmsDefinitionsLoader
{
    public const string LanguagesFile = "languages.json";
    public const string DomainsFile = "domains.json";
    public const string DataTypesFile = "data-types.json";
    public const string DictionaryFile = "dictionary.json";
    public const string DocumentTypesFolder = "document-types";
    public const string ElementTypesFolder = "element-types";

    public static CmsDefinitions Load(string configFolder)
    {
        if (!Directory.Exists(configFolder))
        {
            throw new CmsConfigurationException($"The umbraco-config folder '{configFolder}' does not exist (setting AgriPole:Cms:ConfigFolder).");
        }

        var languages = ReadLanguages(configFolder);
        var domains = ReadDomains(configFolder, languages);
        var dataTypes = ReadDataTypes(configFolder);
        var contentTypes = ReadContentTypes(configFolder, languages, dataTypes);
        ValidateBlockConfigurations(configFolder, dataTypes, contentTypes);
        var dictionary = File.Exists(Path.Combine(configFolder, DictionaryFile))
            ? ReadDictionary(configFolder, languages)
            : [];
        return new CmsDefinitions(Path.GetFullPath(configFolder), languages, domains, dataTypes, contentTypes, dictionary);
    }

    private static List<Language> ReadLanguages(string folder)
    {
        using var doc = ConfigNode.Parse(folder, LanguagesFile);
        var root = new ConfigNode(doc.RootElement, LanguagesFile, string.Empty);
        var languages = new List<Language>();
        var nodes = new List<ConfigNode>();
        foreach (var n in root.Items("languages", required: true))
        {
            var iso = n.RequiredString("isoCode");
            if (!CultureNameRegex().IsMatch(iso))
            {
                throw n.Error("isoCode", $"'{iso}' is not a culture name like 'fr-FR'");
            }

            if (languages.Any(l => string.Equals(l.IsoCode, iso, StringComparison.OrdinalIgnoreCase)))
            {
                throw n.Error("isoCode", $"duplicate language '{iso}'");
            }

            languages.Add(new Language(iso, n.RequiredString("name"), n.OptionalBool("isDefault", false), n.OptionalBool("isMandatory", false), n.OptionalString("fallbackIsoCode")));
            nodes.Add(n);
        }

        if (languages.Count == 0)
        {
            throw root.Error("languages", "at least one language is required");
        }

        var defaults = languages.Where(l => l.IsDefault).ToList();
        if (defaults.Count != 1)
        {
            throw root.Error("languages", $"exactly one language must have isDefault true (found {defaults.Count})");
        }

        for (var i = 0; i < languages.Count; i++)
        {
            var l = languages[i];
            if (l.IsDefault && !l.IsMandatory)
            {
                throw nodes[i].Error("isMandatory", $"the default language {l.IsoCode} must be mandatory");
            }

            if (l.FallbackIsoCode is { } fb)
            {
                if (!languages.Any(x => string.Equals(x.IsoCode, fb, StringComparison.OrdinalIgnoreCase)))
                {
                    throw nodes[i].Error("fallbackIsoCode", $"unknown language '{fb}'");
                }

                // Follow the chain: a loop would make value fallback spin forever.
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { l.IsoCode };
                for (var cur = fb; cur is not null; cur = languages.First(x => string.Equals(x.IsoCode, cur, StringComparison.OrdinalIgnoreCase)).FallbackIsoCode)
                {
                    if (!seen.Add(cur))
                    {
                        throw nodes[i].Error("fallbackIsoCode", $"language fallback loop through '{cur}'");
                    }
                }
            }
        }

        return languages;
    }

    private static List<DomainBinding> ReadDomains(string folder, List<Language> languages)
    {
        using var doc = ConfigNode.Parse(folder, DomainsFile);
        var root = new ConfigNode(doc.RootElement, DomainsFile, string.Empty);
        var domains = new List<DomainBinding>();
        foreach (var n in root.Items("domains", required: true))
        {
            var culture = n.RequiredString("culture");
            var language = languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase))
                ?? throw n.Error("culture", $"unknown culture '{culture}' (not in languages.json)");
            var host = n.OptionalString("host");
            if (host is not null && (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal)))
            {
                throw n.Error("host", $"'{host}' is not a host name (no scheme, no path)");
            }

            var prefix = n.OptionalString("pathPrefix") ?? "/";
            if (!prefix.StartsWith('/') || (prefix.Length > 1 && prefix.EndsWith('/')) || prefix.Contains("//", StringComparison.Ordinal))
            {
                throw n.Error("pathPrefix", $"'{prefix}' must start with '/' and have no trailing slash (except \"/\")");
            }

            if (domains.Any(d => string.Equals(d.Host, host, StringComparison.OrdinalIgnoreCase) && string.Equals(d.PathPrefix, prefix, StringComparison.OrdinalIgnoreCase)))
            {
                throw n.Error("pathPrefix", $"duplicate binding for host '{host ?? "*"}' and prefix '{prefix}'");
            }

            domains.Add(new DomainBinding(language.IsoCode, host?.ToLowerInvariant(), prefix.ToLowerInvariant()));
        }

        return domains;
    }

    private static Dictionary<string, DataType> ReadDataTypes(string folder)
    {
        using var doc = ConfigNode.Parse(folder, DataTypesFile);
        var root = new ConfigNode(doc.RootElement, DataTypesFile, string.Empty);
        var result = new Dictionary<string, DataType>(StringComparer.OrdinalIgnoreCase);
        var keys = new HashSet<Guid>();
        foreach (var n in root.Items("dataTypes", required: true))
        {
            var key = n.RequiredGuid("key");
            var alias = n.RequiredString("alias");
            var editor = n.RequiredString("editorAlias");
            if (!keys.Add(key))
            {
                throw n.Error("key", $"duplicate key {key}");
            }

            if (result.ContainsKey(alias))
            {
                throw n.Error("alias", $"duplicate data type alias '{alias}'");
            }

            if (!PropertyEditorAliases.All.Contains(editor))
            {
                throw n.Error("editorAlias", $"unknown editor alias '{editor}' (known: {string.Join(", ", PropertyEditorAliases.All)})");
            }

            var configuration = n.Get("configuration");
            if (!configuration.IsNull && configuration.Element.ValueKind != JsonValueKind.Object)
            {
                throw configuration.Error("expected an object");
            }

            // Clone: the element must outlive the document it was parsed from.
            var config = configuration.IsNull ? JsonDocument.Parse("{}").RootElement.Clone() : configuration.Element.Clone();
            result[alias] = new DataType { Key = key, Alias = alias, EditorAlias = editor, Configuration = config };
        }

        return result;
    }

    private sealed record RawType(ConfigNode Node, string File, bool IsElement, Guid Key, string Alias);

    private static Dictionary<string, ContentType> ReadContentTypes(string folder, List<Language> languages, Dictionary<string, DataType> dataTypes)
    {
        var docs = new List<JsonDocument>();
        try
        {
            var raws = new List<RawType>();
            foreach (var (sub, isElement) in new[] { (DocumentTypesFolder, false), (ElementTypesFolder, true) })
            {
                var dir = Path.Combine(folder, sub);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
                {
                    var relative = sub + "/" + Path.GetFileName(file);
                    var doc = ConfigNode.Parse(folder, relative);
                    docs.Add(doc);
                    var node = new ConfigNode(doc.RootElement, relative, string.Empty);
                    if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    {
                        throw node.Error("expected an object (one type per file)");
                    }

                    var key = node.RequiredGuid("key");
                    var alias = node.RequiredString("alias");
                    if (!AliasRegex().IsMatch(alias))
                    {
                        throw node.Error("alias", $"'{alias}' is not an alias (letters and digits, starting with a letter)");
                    }

                    var declaredElement = node.OptionalBool("isElement", isElement);
                    if (declaredElement != isElement)
                    {
                        throw node.Error("isElement", isElement ? "types in element-types/ are element types" : "types in document-types/ cannot be element types");
                    }

                    if (raws.FirstOrDefault(r => string.Equals(r.Alias, alias, StringComparison.OrdinalIgnoreCase)) is { } dupAlias)
                    {
                        throw node.Error("alias", $"duplicate alias '{alias}' (also in {dupAlias.File})");
                    }

                    if (raws.FirstOrDefault(r => r.Key == key) is { } dupKey)
                    {
                        throw node.Error("key", $"duplicate key {key} (also in {dupKey.File})");
                    }

                    raws.Add(new RawType(node, relative, isElement, key, alias));
                }
            }

            var byAlias = raws.ToDictionary(r => r.Alias, StringComparer.OrdinalIgnoreCase);
            var result = new Dictionary<string, ContentType>(StringComparer.OrdinalIgnoreCase);
            foreach (var raw in raws)
            {
                Build(raw, byAlias, result, languages, dataTypes, []);
            }

            // Second pass: allowed children need every type known.
            foreach (var raw in raws)
            {
                var i = 0;
                foreach (var child in result[raw.Alias].AllowedChildren)
                {
                    var path = raw.Node.Child($"allowedChildren[{i++}]");
                    if (!result.TryGetValue(child, out var childType))
                    {
                        throw new CmsConfigurationException(raw.File, path, $"unknown document type '{child}'");
                    }

                    if (childType.IsElement)
                    {
                        throw new CmsConfigurationException(raw.File, path, $"'{child}' is an element type; only document types can be children");
                    }
                }
            }

            return result;
        }
        finally
        {
            foreach (var d in docs)
            {
                d.Dispose();
            }
        }
    }

    private static ContentType Build(
        RawType raw,
        Dictionary<string, RawType> byAlias,
        Dictionary<string, ContentType> built,
        List<Language> languages,
        Dictionary<string, DataType> dataTypes,
        HashSet<string> inProgress)
    {
        if (built.TryGetValue(raw.Alias, out var done))
        {
            return done;
        }

        if (!inProgress.Add(raw.Alias))
        {
            throw raw.Node.Error("compositions", $"composition loop through '{raw.Alias}'");
        }

        var n = raw.Node;
        var variesByCulture = n.OptionalBool("variesByCulture", true);
        var groups = new List<PropertyGroup>();
        foreach (var g in n.Items("groups"))
        {
            var alias = g.RequiredString("alias");
            if (groups.Any(x => string.Equals(x.Alias, alias, StringComparison.OrdinalIgnoreCase)))
            {
                throw g.Error("alias", $"duplicate group alias '{alias}'");
            }

            groups.Add(new PropertyGroup(alias, g.LocalizedText("name", languages, required: true)));
        }

        var properties = new List<PropertyType>();
        foreach (var p in n.Items("properties"))
        {
            properties.Add(ReadProperty(p, languages, dataTypes, variesByCulture, groups));
        }

        var ownCount = properties.Count;
        var compositions = n.StringList("compositions");
        var ci = 0;
        foreach (var compositionAlias in compositions)
        {
            var path = n.Child($"compositions[{ci++}]");
            if (!byAlias.TryGetValue(compositionAlias, out var compRaw))
            {
                throw new CmsConfigurationException(raw.File, path, $"unknown composition '{compositionAlias}'");
            }

            if (!compRaw.IsElement)
            {
                throw new CmsConfigurationException(raw.File, path, $"'{compositionAlias}' is a document type; compositions must be element types");
            }

            var comp = Build(compRaw, byAlias, built, languages, dataTypes, inProgress);
            foreach (var g in comp.Groups)
            {
                if (!groups.Any(x => string.Equals(x.Alias, g.Alias, StringComparison.OrdinalIgnoreCase)))
                {
                    groups.Add(g);
                }
            }

            foreach (var p in comp.Properties)
            {
                if (properties.Any(x => string.Equals(x.Alias, p.Alias, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new CmsConfigurationException(raw.File, path, $"composition '{compositionAlias}' adds property '{p.Alias}', which the type already has");
                }

                properties.Add(p);
            }
        }

        // Own properties must not collide among themselves either.
        for (var i = 0; i < ownCount; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(properties[i].Alias, properties[j].Alias, StringComparison.OrdinalIgnoreCase))
                {
                    throw n.Error($"properties[{i}].alias", $"duplicate property alias '{properties[i].Alias}'");
                }
            }
        }

        var type = new ContentType
        {
            Key = raw.Key,
            Alias = raw.Alias,
            Name = n.LocalizedText("name", languages, required: true),
            Description = n.LocalizedText("description", languages, required: false),
            Icon = n.OptionalString("icon") ?? (raw.IsElement ? "icon-science" : "icon-document"),
            IsElement = raw.IsElement,
            AllowedAtRoot = n.OptionalBool("allowedAtRoot", false),
            AllowedChildren = n.StringList("allowedChildren"),
            Compositions = compositions,
            VariesByCulture = variesByCulture,
            Groups = groups,
            Properties = properties,
            SourceFile = raw.File,
        };
        if (type.IsElement && (type.AllowedAtRoot || type.AllowedChildren.Count > 0))
        {
            throw n.Error(type.AllowedAtRoot ? "allowedAtRoot" : "allowedChildren", "element types live inside blocks: they cannot be at the root or have children");
        }

        inProgress.Remove(raw.Alias);
        built[raw.Alias] = type;
        return type;
    }

    private static PropertyType ReadProperty(ConfigNode p, List<Language> languages, Dictionary<string, DataType> dataTypes, bool typeVaries, List<PropertyGroup> groups)
    {
        var alias = p.RequiredString("alias");
        if (!AliasRegex().IsMatch(alias))
        {
            throw p.Error("alias", $"'{alias}' is not an alias (letters and digits, starting with a letter)");
        }

        var dataTypeAlias = p.RequiredString("dataType");
        if (!dataTypes.TryGetValue(dataTypeAlias, out var dataType))
        {
            throw p.Error("dataType", $"unknown data type '{dataTypeAlias}' (not in data-types.json)");
        }

        var validation = p.Get("validation");
        string? regex = null;
        LocalizedText? message = null;
        int? maxLength = null;
        if (!validation.IsNull)
        {
            regex = validation.OptionalString("regex");
            if (!string.IsNullOrEmpty(regex))
            {
                try
                {
                    _ = new Regex(regex, RegexOptions.None, TimeSpan.FromSeconds(1));
                }
                catch (ArgumentException ex)
                {
                    throw validation.Error("regex", "invalid regular expression: " + ex.Message);
                }
            }
            else
            {
                regex = null;
            }

            var m = validation.LocalizedText("message", languages, required: false);
            message = m.Values.Count == 0 ? null : m;
            maxLength = validation.OptionalInt("maxLength");
            if (maxLength is <= 0)
            {
                throw validation.Error("maxLength", "must be a positive integer or null");
            }
        }

        var group = p.OptionalString("group") ?? groups.FirstOrDefault()?.Alias ?? "content";
        if (groups.Count > 0 && !groups.Any(g => string.Equals(g.Alias, group, StringComparison.OrdinalIgnoreCase)))
        {
            throw p.Error("group", $"unknown group '{group}' (not in this type's groups)");
        }

        SearchFieldSettings? search = null;
        var s = p.Get("search");
        if (!s.IsNull)
        {
            var boost = s.OptionalDouble("boost") ?? 1.0;
            if (boost <= 0)
            {
                throw s.Error("boost", "must be positive");
            }

            search = new SearchFieldSettings((float)boost);
        }

        var varies = p.OptionalBool("variesByCulture", typeVaries);
        if (varies && !typeVaries)
        {
            throw p.Error("variesByCulture", "a property cannot vary by culture on a type that does not");
        }

        return new PropertyType
        {
            Alias = alias,
            Name = p.LocalizedText("name", languages, required: true),
            Description = p.LocalizedText("description", languages, required: false),
            DataType = dataType,
            VariesByCulture = varies,
            Mandatory = p.OptionalBool("mandatory", false),
            ValidationRegex = regex,
            ValidationMessage = message,
            MaxLength = maxLength,
            Group = group,
            Search = search,
        };
    }

    /// <summary>Block lists must name element types that exist (by alias and, when given, by key).</summary>
    private static void ValidateBlockConfigurations(string folder, Dictionary<string, DataType> dataTypes, Dictionary<string, ContentType> contentTypes)
    {
        _ = folder;
        var index = -1;
        foreach (var dataType in dataTypes.Values)
        {
            // Insertion order of the dictionary is the file order, so this is the array index in data-types.json.
            index++;
            if (dataType.EditorAlias != PropertyEditorAliases.BlockList
                || !dataType.Configuration.TryGetProperty("blocks", out var blocks)
                || blocks.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var i = 0;
            foreach (var block in blocks.EnumerateArray())
            {
                var path = $"dataTypes[{index}].configuration.blocks[{i++}]";
                ContentType? byAlias = null;
                if (block.TryGetProperty("contentElementTypeAlias", out var a) && a.ValueKind == JsonValueKind.String)
                {
                    byAlias = contentTypes.GetValueOrDefault(a.GetString()!);
                    if (byAlias is null || !byAlias.IsElement)
                    {
                        throw new CmsConfigurationException(DataTypesFile, path + ".contentElementTypeAlias", $"unknown element type '{a.GetString()}'");
                    }
                }

                if (block.TryGetProperty("contentElementTypeKey", out var k) && k.ValueKind == JsonValueKind.String)
                {
                    if (!Guid.TryParse(k.GetString(), out var key))
                    {
                        throw new CmsConfigurationException(DataTypesFile, path + ".contentElementTypeKey", "invalid GUID");
                    }

                    var byKey = contentTypes.Values.FirstOrDefault(t => t.Key == key && t.IsElement)
                        ?? throw new CmsConfigurationException(DataTypesFile, path + ".contentElementTypeKey", $"no element type has key {key}");
                    if (byAlias is not null && byAlias != byKey)
                    {
                        throw new CmsConfigurationException(DataTypesFile, path + ".contentElementTypeKey", $"key {key} is '{byKey.Alias}', not '{byAlias.Alias}'");
                    }
                }
            }
        }
    }

    private static List<DictionaryItem> ReadDictionary(string folder, List<Language> languages)
    {
        using var doc = ConfigNode.Parse(folder, DictionaryFile);
        var root = new ConfigNode(doc.RootElement, DictionaryFile, string.Empty);
        var items = new List<DictionaryItem>();
        var keys = new HashSet<Guid>();
        var itemKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in root.Items("items", required: true))
        {
            var key = n.RequiredGuid("key");
            var itemKey = n.RequiredString("itemKey");
            if (!keys.Add(key))
            {
                throw n.Error("key", $"duplicate key {key}");
            }

            if (!itemKeys.Add(itemKey))
            {
                throw n.Error("itemKey", $"duplicate item key '{itemKey}'");
            }

            items.Add(new DictionaryItem(key, itemKey, n.LocalizedText("values", languages, required: true)));
        }

        return items;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z]{2,4})?$")]
    private static partial Regex CultureNameRegex();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex AliasRegex();
}
