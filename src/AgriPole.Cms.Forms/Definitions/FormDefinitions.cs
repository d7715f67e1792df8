using System.Globalization;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>The loaded definitions, looked up by alias or key.</summary>
public sealed class FormDefinitions : IFormDefinitions
{
    private readonly Dictionary<string, FormDefinition> _byAlias;
    private readonly Dictionary<Guid, FormDefinition> _byKey;

    public FormDefinitions(IReadOnlyList<FormDefinition> forms)
    {
        All = forms;
        _byAlias = forms.ToDictionary(f => f.Alias, StringComparer.OrdinalIgnoreCase);
        _byKey = forms.ToDictionary(f => f.Key);
    }

    public IReadOnlyList<FormDefinition> All { get; }

    public FormDefinition? Find(string aliasOrKey)
    {
        if (string.IsNullOrEmpty(aliasOrKey))
        {
            return null;
        }

        if (_byAlias.TryGetValue(aliasOrKey, out var form))
        {
            return form;
        }

        return Guid.TryParse(aliasOrKey, CultureInfo.InvariantCulture, out var key) && _byKey.TryGetValue(key, out form) ? form : null;
    }
}
