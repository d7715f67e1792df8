namespace AgriPole.Cms.Persistence.Storage;

/// <summary>A UI string (Umbraco's cmsDictionary + cmsLanguageText), texts per culture as JSON.</summary>
public sealed class DictionaryEntity
{
    public Guid Key { get; set; }

    public string ItemKey { get; set; } = string.Empty;

    public string Values { get; set; } = "{}";

    public DateTime UpdateDate { get; set; }
}
