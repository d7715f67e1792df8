using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Services;

/// <summary>Everything read from umbraco-config/ at start (languages, domains, data types, content types). Immutable.</summary>
public interface ICmsDefinitions
{
    /// <summary>Absolute path of the umbraco-config folder in use.</summary>
    string ConfigFolder { get; }

    IReadOnlyList<Language> Languages { get; }

    Language DefaultLanguage { get; }

    IReadOnlyList<DomainBinding> Domains { get; }

    IReadOnlyDictionary<string, DataType> DataTypes { get; }

    /// <summary>Document and element types by alias (case-insensitive).</summary>
    IReadOnlyDictionary<string, ContentType> ContentTypes { get; }

    Language? GetLanguage(string isoCode);

    ContentType? GetContentType(string alias);
}
