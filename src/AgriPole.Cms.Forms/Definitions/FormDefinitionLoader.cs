using AgriPole.Cms.Core.Configuration;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgriPole.Cms.Core.Models;
using MimeKit;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>
/// Reads umbraco-config/forms/*.json. Reading by hand (rather than deserialising) lets every failure name the file
/// and the exact field ("fields[3].options"), so a broken file stops the app with a message an editor can act on.
/// </summary>
public static class FormDefinitionLoader
{
    public const string FolderName = "forms";

    /// <summary>Cultures every label must be given in (the site's languages).</summary>
    public static readonly IReadOnlyList<string> RequiredCultures = ["fr-FR", "en-US"];

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Regex AliasPattern = new("^[a-z][a-zA-Z0-9]{0,63}$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, FormFieldType> FieldTypes = new(StringComparer.Ordinal)
    {
        ["text"] = FormFieldType.Text,
        ["email"] = FormFieldType.Email,
        ["phone"] = FormFieldType.Phone,
        ["textarea"] = FormFieldType.Textarea,
        ["select"] = FormFieldType.Select,
        ["checkboxList"] = FormFieldType.CheckboxList,
        ["consent"] = FormFieldType.Consent,
        ["hidden"] = FormFieldType.Hidden,
    };

    private static readonly HashSet<string> Validators = new(StringComparer.Ordinal) { "siret" };

    /// <summary>Loads every *.json file of {configFolder}/forms, in file-name order. A missing folder means no forms.</summary>
    public static IReadOnlyList<FormDefinition> LoadFolder(string configFolder)
    {
        var folder = Path.Combine(configFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var forms = new List<FormDefinition>();
        foreach (var file in Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = FolderName + "/" + Path.GetFileName(file);
            var form = Load(relative, File.ReadAllBytes(file));
            if (forms.FirstOrDefault(f => string.Equals(f.Alias, form.Alias, StringComparison.OrdinalIgnoreCase)) is { } other)
            {
                throw new CmsConfigurationException(relative, "alias", $"alias '{form.Alias}' is already used by {other.SourceFile}");
            }

            if (forms.FirstOrDefault(f => f.Key == form.Key) is { } sameKey)
            {
                throw new CmsConfigurationException(relative, "key", $"key {form.Key} is already used by {sameKey.SourceFile}");
            }

            forms.Add(form);
        }

        return forms;
    }

    /// <summary>Parses and validates one definition; <paramref name="file"/> is only used in messages.</summary>
    public static FormDefinition Load(string file, ReadOnlyMemory<byte> json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, position {ex.BytePositionInLine + 1}" : string.Empty;
            throw new CmsConfigurationException(file, where, "invalid JSON: " + ex.Message, ex);
        }

        using (doc)
        {
            var root = new Node(doc.RootElement, file, string.Empty);
            root.ExpectObject();
            root.RejectUnknown("$schema", "key", "alias", "name", "description", "submitLabel", "recipients", "notificationSubject",
                "confirmation", "retentionDays", "doubleOptIn", "fields");

            var alias = root.RequiredString("alias");
            if (!AliasPattern.IsMatch(alias))
            {
                throw root.Error("alias", $"'{alias}' is not a valid alias (camelCase letters and digits, starting with a lower-case letter)");
            }

            var fieldsNode = root.Get("fields");
            if (fieldsNode.Element.ValueKind != JsonValueKind.Array || fieldsNode.Element.GetArrayLength() == 0)
            {
                throw fieldsNode.Error("a non-empty array of fields is required");
            }

            var fields = new List<FormField>();
            var index = 0;
            foreach (var item in fieldsNode.Element.EnumerateArray())
            {
                var field = ReadField(new Node(item, file, $"fields[{index}]"));
                if (fields.Any(f => string.Equals(f.Alias, field.Alias, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new CmsConfigurationException(file, $"fields[{index}].alias", $"duplicate field alias '{field.Alias}'");
                }

                if (fields.Any(f => f.Key == field.Key))
                {
                    throw new CmsConfigurationException(file, $"fields[{index}].key", $"duplicate field key {field.Key}");
                }

                fields.Add(field);
                index++;
            }

            var recipients = new List<string>();
            var recipientsNode = root.Get("recipients");
            if (!recipientsNode.IsNull)
            {
                if (recipientsNode.Element.ValueKind != JsonValueKind.Array)
                {
                    throw recipientsNode.Error("an array of e-mail addresses is expected");
                }

                var i = 0;
                foreach (var r in recipientsNode.Element.EnumerateArray())
                {
                    var value = r.ValueKind == JsonValueKind.String ? r.GetString()!.Trim() : string.Empty;
                    if (!IsPlainAddress(value))
                    {
                        throw new CmsConfigurationException(file, $"recipients[{i}]", $"'{value}' is not a valid e-mail address");
                    }

                    recipients.Add(value);
                    i++;
                }
            }

            var confirmation = root.Get("confirmation");
            confirmation.ExpectObject();
            confirmation.RejectUnknown("message", "pageKey");
            var retention = root.RequiredInt("retentionDays");
            if (retention is < 1 or > 3650)
            {
                throw root.Error("retentionDays", "must be between 1 and 3650 days");
            }

            DoubleOptInSettings? optIn = null;
            var optInNode = root.Get("doubleOptIn");
            if (!optInNode.IsNull)
            {
                optInNode.ExpectObject();
                optInNode.RejectUnknown("emailField", "tokenLifetimeHours", "subject", "body");
                var emailField = optInNode.RequiredString("emailField");
                if (fields.FirstOrDefault(f => string.Equals(f.Alias, emailField, StringComparison.OrdinalIgnoreCase)) is not { Type: FormFieldType.Email, Mandatory: true })
                {
                    throw optInNode.Error("emailField", $"'{emailField}' must name a mandatory field of type email");
                }

                var hours = optInNode.RequiredInt("tokenLifetimeHours");
                if (hours is < 1 or > 720)
                {
                    throw optInNode.Error("tokenLifetimeHours", "must be between 1 and 720 hours");
                }

                var body = optInNode.RequiredText("body");
                foreach (var (culture, text) in body.Values)
                {
                    if (!text.Contains("{link}", StringComparison.Ordinal))
                    {
                        throw optInNode.Error("body", $"the {culture} text must contain the {{link}} placeholder");
                    }
                }

                optIn = new DoubleOptInSettings(emailField, hours, optInNode.RequiredText("subject"), body);
            }

            return new FormDefinition
            {
                Key = root.RequiredGuid("key"),
                Alias = alias,
                Name = root.RequiredText("name"),
                Description = root.OptionalText("description") ?? LocalizedText.Empty,
                SubmitLabel = root.RequiredText("submitLabel"),
                Fields = fields,
                Recipients = recipients,
                NotificationSubject = root.OptionalText("notificationSubject") ?? LocalizedText.Empty,
                ConfirmationMessage = confirmation.RequiredText("message"),
                ConfirmationPageKey = confirmation.OptionalGuid("pageKey"),
                RetentionDays = retention,
                DoubleOptIn = optIn,
                SourceFile = file,
            };
        }
    }

    private static FormField ReadField(Node node)
    {
        node.ExpectObject();
        node.RejectUnknown("key", "alias", "type", "label", "help", "placeholder", "mandatory", "maxLength", "regex", "validator",
            "options", "defaultValue", "autocomplete", "requiredMessage", "invalidMessage");
        var alias = node.RequiredString("alias");
        if (!AliasPattern.IsMatch(alias))
        {
            throw node.Error("alias", $"'{alias}' is not a valid alias (camelCase letters and digits, starting with a lower-case letter)");
        }

        var typeName = node.RequiredString("type");
        if (!FieldTypes.TryGetValue(typeName, out var type))
        {
            throw node.Error("type", $"unknown field type '{typeName}'; expected one of {string.Join(", ", FieldTypes.Keys)}");
        }

        var maxLength = node.OptionalInt("maxLength") ?? type switch
        {
            FormFieldType.Textarea => 5000,
            FormFieldType.Email => 254,
            FormFieldType.Phone => 30,
            _ => 200,
        };
        if (maxLength is < 1 or > 20000)
        {
            throw node.Error("maxLength", "must be between 1 and 20000");
        }

        var pattern = node.OptionalString("regex");
        Regex? regex = null;
        if (pattern is not null)
        {
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException ex)
            {
                throw node.Error("regex", "invalid regular expression: " + ex.Message);
            }
        }

        var validator = node.OptionalString("validator");
        if (validator is not null && !Validators.Contains(validator))
        {
            throw node.Error("validator", $"unknown validator '{validator}'; expected one of {string.Join(", ", Validators)}");
        }

        var options = new List<FormFieldOption>();
        var optionsNode = node.Get("options");
        if (type is FormFieldType.Select or FormFieldType.CheckboxList)
        {
            if (optionsNode.Element.ValueKind != JsonValueKind.Array || optionsNode.Element.GetArrayLength() == 0)
            {
                throw optionsNode.Error($"a '{typeName}' field needs a non-empty array of options");
            }

            var i = 0;
            foreach (var item in optionsNode.Element.EnumerateArray())
            {
                var o = new Node(item, node.File, $"{optionsNode.Path}[{i}]");
                o.ExpectObject();
                o.RejectUnknown("value", "label", "group");
                var value = o.RequiredString("value");
                if (options.Any(x => x.Value == value))
                {
                    throw o.Error("value", $"duplicate option value '{value}'");
                }

                options.Add(new FormFieldOption(value, o.RequiredText("label"), o.OptionalString("group")));
                i++;
            }
        }
        else if (!optionsNode.IsNull)
        {
            throw optionsNode.Error($"options are only allowed on select and checkboxList fields, not on '{typeName}'");
        }

        return new FormField
        {
            Key = node.RequiredGuid("key"),
            Alias = alias,
            Type = type,
            Label = node.RequiredText("label"),
            Help = node.OptionalText("help") ?? LocalizedText.Empty,
            Placeholder = node.OptionalText("placeholder") ?? LocalizedText.Empty,
            Mandatory = node.OptionalBool("mandatory") ?? false,
            MaxLength = maxLength,
            RegexPattern = pattern,
            Regex = regex,
            Validator = validator,
            Options = options,
            DefaultValue = node.OptionalString("defaultValue"),
            Autocomplete = node.OptionalString("autocomplete"),
            RequiredMessage = node.OptionalText("requiredMessage"),
            InvalidMessage = node.OptionalText("invalidMessage"),
        };
    }

    internal static bool IsPlainAddress(string value) =>
        value.Length is > 2 and <= 254
        && value.IndexOfAny(['\r', '\n', ' ', '<', '>', ',', ';', '"']) < 0
        && MailboxAddress.TryParse(value, out var mailbox)
        && mailbox.Address == value
        && value.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < value.Length - 1;

    /// <summary>A JSON element with the file and path it came from, so every failure names both.</summary>
    private readonly struct Node(JsonElement element, string file, string path)
    {
        public JsonElement Element { get; } = element;

        public string File { get; } = file;

        public string Path { get; } = path;

        public bool IsNull => Element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

        public CmsConfigurationException Error(string problem) => new(File, Path, problem);

        public CmsConfigurationException Error(string field, string problem) => new(File, Child(field), problem);

        public void ExpectObject()
        {
            if (Element.ValueKind != JsonValueKind.Object)
            {
                throw Error("an object is required");
            }
        }

        public void RejectUnknown(params string[] known)
        {
            foreach (var p in Element.EnumerateObject())
            {
                if (!known.Contains(p.Name, StringComparer.Ordinal))
                {
                    throw Error(p.Name, $"unknown property; expected one of {string.Join(", ", known.Where(k => k != "$schema"))}");
                }
            }
        }

        public Node Get(string name) =>
            Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var v)
                ? new Node(v, File, Child(name))
                : new Node(default, File, Child(name));

        public string RequiredString(string name) =>
            OptionalString(name) ?? throw Error(name, "a non-empty string is required");

        public string? OptionalString(string name)
        {
            var n = Get(name);
            if (n.IsNull)
            {
                return null;
            }

            if (n.Element.ValueKind != JsonValueKind.String)
            {
                throw n.Error("a string is expected");
            }

            var s = n.Element.GetString()!.Trim();
            return s.Length == 0 ? null : s;
        }

        public int RequiredInt(string name) => OptionalInt(name) ?? throw Error(name, "an integer is required");

        public int? OptionalInt(string name)
        {
            var n = Get(name);
            if (n.IsNull)
            {
                return null;
            }

            return n.Element.ValueKind == JsonValueKind.Number && n.Element.TryGetInt32(out var v) ? v : throw n.Error("an integer is expected");
        }

        public bool? OptionalBool(string name)
        {
            var n = Get(name);
            return n.Element.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => throw n.Error("true or false is expected"),
            };
        }

        public Guid RequiredGuid(string name) => OptionalGuid(name) ?? throw Error(name, "a GUID is required");

        public Guid? OptionalGuid(string name)
        {
            var s = OptionalString(name);
            if (s is null)
            {
                return null;
            }

            return Guid.TryParse(s, CultureInfo.InvariantCulture, out var g) ? g : throw Error(name, $"'{s}' is not a GUID");
        }

        public LocalizedText RequiredText(string name) =>
            OptionalText(name) ?? throw Error(name, "a text per culture is required: { \"fr-FR\": \"…\", \"en-US\": \"…\" }");

        public LocalizedText? OptionalText(string name)
        {
            var n = Get(name);
            if (n.IsNull)
            {
                return null;
            }

            if (n.Element.ValueKind != JsonValueKind.Object)
            {
                throw n.Error("a text per culture is expected: { \"fr-FR\": \"…\", \"en-US\": \"…\" }");
            }

            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in n.Element.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String)
                {
                    throw n.Error(p.Name, "a string is expected");
                }

                values[p.Name] = p.Value.GetString()!;
            }

            foreach (var culture in RequiredCultures)
            {
                if (!values.TryGetValue(culture, out var v) || string.IsNullOrWhiteSpace(v))
                {
                    throw n.Error(culture, "missing text in this culture");
                }
            }

            return new LocalizedText(values);
        }

        private string Child(string name) => Path.Length == 0 ? name : Path + "." + name;
    }
}
