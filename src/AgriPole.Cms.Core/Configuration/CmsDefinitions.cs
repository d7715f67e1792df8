using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;

namespace AgriPole.Cms.Core.Configuration;

/// <summary>The validated, immutable result of <see cref="CmsDefinitionsLoader"/>.</summary>
public sealed class CmsDefinitions : ICmsDefinitions
{
    public CmsDefinitions(
        string configFolder,
        IReadOnlyList<Language> languages,
        IReadOnlyList<DomainBinding> domains,
        IReadOnlyDictionary<string, DataType> dataTypes,
        IReadOnlyDictionary<string, ContentType> contentTypes,
        IReadOnlyList<DictionaryItem> dictionaryItems)
    {
        ConfigFolder = configFolder;
        Languages = languages;
        DefaultLanguage = languages.Single(l => l.IsDefault);
        Domains = domains;
        DataTypes = dataTypes;
        ContentTypes = contentTypes;
        DictionaryItems = dictionaryItems;
        _languages = languages.ToDictionary(l => l.IsoCode, StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, Language> _languages;

    public string ConfigFolder { get; }

    public IReadOnlyList<Language> Languages { get; }

    public Language DefaultLanguage { get; }

    public IReadOnlyList<DomainBinding> Domains { get; }

    public IReadOnlyDictionary<string, DataType> DataTypes { get; }

    public IReadOnlyDictionary<string, ContentType> ContentTypes { get; }

    /// <summary>The dictionary.json items (imported into the database on start; the database is what the site reads).</summary>
    public IReadOnlyList<DictionaryItem> DictionaryItems { get; }

    public Language? GetLanguage(string isoCode) => _languages.GetValueOrDefault(isoCode);

    public ContentType? GetContentType(string alias) => ContentTypes.GetValueOrDefault(alias);
}
