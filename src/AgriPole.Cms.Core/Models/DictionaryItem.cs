namespace AgriPole.Cms.Core.Models;

/// <summary>A UI string (Umbraco's dictionary item), e.g. "Nav.Search".</summary>
public sealed record DictionaryItem(Guid Key, string ItemKey, LocalizedText Values);
