namespace AgriPole.Cms.Forms.Definitions;

/// <summary>The form definitions read and validated at start. Immutable.</summary>
public interface IFormDefinitions
{
    IReadOnlyList<FormDefinition> All { get; }

    /// <summary>By alias (case-insensitive) or by key written as a GUID; null when unknown.</summary>
    FormDefinition? Find(string aliasOrKey);
}
