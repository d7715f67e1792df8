using System.Globalization;
using System.Text;
using System.Text.Json;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Search.Indexing;

/// <summary>
/// Turns a published node into the Lucene document of the external index (Examine's "value set builder").
/// Only cultures that are published and routable are indexed; a node with none yields no document.
/// </summary>
public sealed class ContentValueSetBuilder
{
    private readonly ICmsDefinitions _definitions;
    private readonly IPublishedUrlProvider _urlProvider;
    private readonly HashSet<string> _excludedTypes;

    public ContentValueSetBuilder(ICmsDefinitions definitions, IPublishedUrlProvider urlProvider, IOptions<SearchSettings> settings)
    {
        _definitions = definitions;
        _urlProvider = urlProvider;
        _excludedTypes = new HashSet<string>(settings.Value.ExcludedContentTypeAliases, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The document for <paramref name="content"/>, or null when it must not be searchable.</summary>
    public Document? Build(IPublishedSnapshot snapshot, PublishedContent content)
    {
        if (snapshot.IsPreview || content.ContentType.IsElement || _excludedTypes.Contains(content.ContentType.Alias) || content.GetBoolean("noIndex"))
        {
            return null;
        }

        var doc = new Document();
        var spelling = new StringBuilder();
        var publishedCultures = 0;
        foreach (var (cultureCode, culture) in content.Cultures)
        {
            if (culture.Route is null)
            {
                continue;
            }

            var url = _urlProvider.GetUrl(snapshot, content, cultureCode);
            if (url is null)
            {
                continue;
            }

            publishedCultures++;
            var fallback = _definitions.GetLanguage(cultureCode)?.FallbackIsoCode;
            spelling.Clear();
            doc.Add(new StringField(IndexFieldNames.Published, IndexFieldNames.NormalizeCulture(cultureCode), Field.Store.YES));
            doc.Add(new StoredField(IndexFieldNames.Url(cultureCode), url));
            doc.Add(new TextField(IndexFieldNames.NodeName(cultureCode), culture.Name, Field.Store.YES));
            spelling.Append(culture.Name).Append(' ');

            foreach (var property in content.ContentType.Properties)
            {
                if (property.Search is null || !property.VariesByCulture)
                {
                    continue;
                }

                var text = ExtractText(property.DataType.EditorAlias, content.GetValue(property.Alias, cultureCode, fallback));
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                doc.Add(new TextField(IndexFieldNames.ForCulture(property.Alias, cultureCode), text, Field.Store.YES) { Boost = property.Search.Boost });
                spelling.Append(text).Append(' ');
            }

            var title = content.GetString("title", cultureCode, fallback) ?? content.GetString("organisationName") ?? culture.Name;
            doc.Add(new StoredField(IndexFieldNames.Title(cultureCode), title));
            AddInvariantSpelling(content, spelling);
            doc.Add(new TextField(IndexFieldNames.Spell(cultureCode), spelling.ToString(), Field.Store.NO));
        }

        if (publishedCultures == 0)
        {
            return null;
        }

        doc.Add(new StringField(IndexFieldNames.Key, content.Key.ToString("D"), Field.Store.YES));
        doc.Add(new StringField(IndexFieldNames.IndexType, IndexFieldNames.ContentIndexType, Field.Store.YES));
        doc.Add(new StringField(IndexFieldNames.NodeTypeAlias, content.ContentType.Alias, Field.Store.YES));
        doc.Add(new SortedDocValuesField(IndexFieldNames.NodeTypeAlias, new BytesRef(content.ContentType.Alias)));
        doc.Add(new StoredField(IndexFieldNames.Path, string.Join(',', content.PathKeys.Select(k => k.ToString("D")))));
        foreach (var key in content.PathKeys)
        {
            doc.Add(new StringField(IndexFieldNames.PathKey, key.ToString("D"), Field.Store.NO));
        }

        var sortName = content.GetString("organisationName") ?? content.GetName(_definitions.DefaultLanguage.IsoCode) ?? content.Cultures.Values.First().Name;
        doc.Add(new SortedDocValuesField(IndexFieldNames.SortName, new BytesRef(SortKey(sortName))));

        foreach (var property in content.ContentType.Properties)
        {
            if (property.VariesByCulture)
            {
                continue;
            }

            var value = content.GetValue(property.Alias);
            if (value is null)
            {
                continue;
            }

            var editor = property.DataType.EditorAlias;
            if (property.Search is not null)
            {
                // Searchable invariant text (organisation names, tags): analyzed, found in every culture.
                var text = ExtractText(editor, value);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    doc.Add(new TextField(property.Alias, text, Field.Store.YES) { Boost = property.Search.Boost });
                }
            }
            else if (editor is PropertyEditorAliases.DropDownFlexible or PropertyEditorAliases.Tags)
            {
                // Exact values for filters (members by kind and department).
                foreach (var item in Strings(value.Value))
                {
                    doc.Add(new StringField(property.Alias, item, Field.Store.YES));
                }
            }
        }

        return doc;
    }

    /// <summary>Lower case, accents removed: what an A-Z listing sorts on.</summary>
    public static string SortKey(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private void AddInvariantSpelling(PublishedContent content, StringBuilder spelling)
    {
        foreach (var property in content.ContentType.Properties)
        {
            if (property.Search is not null && !property.VariesByCulture)
            {
                spelling.Append(ExtractText(property.DataType.EditorAlias, content.GetValue(property.Alias))).Append(' ');
            }
        }
    }

    /// <summary>The searchable text of a stored value, by the editor's JSON shape (see <see cref="PropertyEditorAliases"/>).</summary>
    internal string? ExtractText(string editorAlias, JsonElement? value)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        switch (editorAlias)
        {
            case PropertyEditorAliases.TextBox:
            case PropertyEditorAliases.TextArea:
                return v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            case PropertyEditorAliases.RichText:
                return HtmlText.ToPlainText(Markup(v));
            case PropertyEditorAliases.Tags:
            case PropertyEditorAliases.DropDownFlexible:
                return string.Join(' ', Strings(v));
            case PropertyEditorAliases.BlockList:
                var sb = new StringBuilder();
                AppendBlocks(v, sb, depth: 0);
                return sb.ToString().Trim();
            default:
                return null;
        }
    }

    private static string? Markup(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),

        // Umbraco 14+ stores { "markup": "...", "blocks": ... }; accept it too.
        JsonValueKind.Object when v.TryGetProperty("markup", out var m) && m.ValueKind == JsonValueKind.String => m.GetString(),
        _ => null,
    };

    private void AppendBlocks(JsonElement blocks, StringBuilder sb, int depth)
    {
        if (blocks.ValueKind != JsonValueKind.Array || depth > 5)
        {
            return;
        }

        foreach (var block in blocks.EnumerateArray())
        {
            if (block.ValueKind != JsonValueKind.Object || !block.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var elementType = block.TryGetProperty("contentType", out var ct) && ct.ValueKind == JsonValueKind.String
                ? _definitions.GetContentType(ct.GetString()!)
                : null;
            foreach (var value in values.EnumerateObject())
            {
                var property = elementType?.GetProperty(value.Name);
                string? text;
                if (property is null)
                {
                    // Unknown element type: plain strings only (links and keys are objects or GUIDs, not prose).
                    text = value.Value.ValueKind == JsonValueKind.String && !Guid.TryParse(value.Value.GetString(), out _)
                        ? HtmlText.ToPlainText(value.Value.GetString())
                        : null;
                }
                else if (property.DataType.EditorAlias == PropertyEditorAliases.BlockList)
                {
                    AppendBlocks(value.Value, sb, depth + 1);
                    continue;
                }
                else
                {
                    text = ExtractText(property.DataType.EditorAlias, value.Value);
                }

                if (!string.IsNullOrWhiteSpace(text))
                {
                    sb.Append(text).Append(' ');
                }
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement v)
    {
        if (v.ValueKind == JsonValueKind.String)
        {
            var s = v.GetString();
            if (!string.IsNullOrEmpty(s))
            {
                yield return s;
            }
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    yield return s;
                }
            }
        }
    }
}
