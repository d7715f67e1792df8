using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Api;

/// <summary>A form definition in the shape of Umbraco Forms' headless API (pages → fieldsets → columns → fields).</summary>
public static class FormDefinitionDto
{
    public static object Create(FormDefinition form, string culture) => new
    {
        id = form.Key,
        alias = form.Alias,
        name = form.Name.Get(culture),
        indicator = "*",
        cssClass = (string?)null,
        nextLabel = (string?)null,
        previousLabel = (string?)null,
        submitLabel = form.SubmitLabel.Get(culture),
        disableDefaultStylesheet = true,
        fieldIndicationType = "MarkMandatoryFields",
        hideFieldValidation = false,
        messageOnSubmit = form.ConfirmationMessage.Get(culture),
        messageOnSubmitIsHtml = false,
        showValidationSummary = true,
        gotoPageOnSubmit = form.ConfirmationPageKey,
        pages = new[]
        {
            new
            {
                caption = (string?)null,
                fieldsets = new[]
                {
                    new
                    {
                        caption = (string?)null,
                        columns = new[]
                        {
                            new
                            {
                                caption = (string?)null,
                                width = 12,
                                fields = form.Fields.Select(f => Field(f, culture)).ToArray(),
                            },
                        },
                    },
                },
            },
        },
    };

    private static object Field(FormField f, string culture) => new
    {
        id = f.Key,
        alias = f.Alias,
        caption = f.Label.Get(culture),
        helpText = f.Help.Get(culture) is { Length: > 0 } h ? h : null,
        placeholder = f.Placeholder.Get(culture) is { Length: > 0 } p ? p : null,
        cssClass = (string?)null,
        mandatory = f.Mandatory,
        regex = f.RegexPattern,
        requiredErrorMessage = (f.RequiredMessage ?? FormMessages.Required).Get(culture),
        patternInvalidErrorMessage = (f.InvalidMessage ?? FormMessages.InvalidFormat).Get(culture),
        condition = (object?)null,
        fileUploadOptions = (object?)null,
        preValues = f.Options.Select(o => new { value = o.Value, caption = o.Label.Get(culture) }).ToArray(),
        settings = new Dictionary<string, string?>
        {
            ["maxLength"] = f.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["defaultValue"] = f.DefaultValue,
            ["autocompleteAttribute"] = f.Autocomplete,
            ["validator"] = f.Validator,
        },
        type = new { name = TypeName(f.Type) },
    };

    private static string TypeName(FormFieldType type) => type switch
    {
        FormFieldType.Text => "Short answer",
        FormFieldType.Email => "Email",
        FormFieldType.Phone => "Phone",
        FormFieldType.Textarea => "Long answer",
        FormFieldType.Select => "Dropdown",
        FormFieldType.CheckboxList => "Multiple choice",
        FormFieldType.Consent => "Data consent",
        _ => "Hidden",
    };
}
