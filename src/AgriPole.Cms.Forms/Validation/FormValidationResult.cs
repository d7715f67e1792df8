namespace AgriPole.Cms.Forms.Validation;

/// <summary>
/// The cleaned values (by field alias, in field order; one item for single-value fields, none when empty) and the
/// errors, in field order. Values are kept even when invalid so the form can show them again.
/// </summary>
public sealed record FormValidationResult(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public string Get(string alias) => Values.TryGetValue(alias, out var v) && v.Count > 0 ? v[0] : string.Empty;
}
