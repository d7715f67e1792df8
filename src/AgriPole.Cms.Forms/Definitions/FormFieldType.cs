namespace AgriPole.Cms.Forms.Definitions;

/// <summary>The kinds of field a form definition may use (the "type" of a field in umbraco-config/forms/*.json).</summary>
public enum FormFieldType
{
    Text,
    Email,
    Phone,
    Textarea,
    Select,
    CheckboxList,
    Consent,
    Hidden,
}
