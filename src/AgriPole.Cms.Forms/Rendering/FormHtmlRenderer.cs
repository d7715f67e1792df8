using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Submissions;
using AgriPole.Cms.Forms.Validation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.Forms.Rendering;

/// <summary>
/// Builds the form markup by hand with an HTML encoder on every value (labels from config and visitor input alike),
/// following the GOV.UK / RGAA pattern: error summary first with links to fields, aria-invalid and aria-describedby on
/// fields, focus on the summary.
/// </summary>
public sealed class FormHtmlRenderer(IFormDefinitions definitions, IAntiforgery antiforgery, FormTimestampProtector timestamps) : IFormHtmlRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public IHtmlContent? Render(string formAlias, string culture, Guid? pageKey, HttpContext httpContext, FormRenderState? state = null, int headingLevel = 2)
    {
        var h = Math.Clamp(headingLevel, 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var hSub = (Math.Clamp(headingLevel, 1, 5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = definitions.Find(formAlias);
        if (form is null)
        {
            return null;
        }

        culture = FormCultures.Normalize(culture);
        var id = "form-" + form.Alias;
        var sb = new StringBuilder(4096);
        sb.Append("<section class=\"form form--").Append(form.Alias).Append("\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\">");
        sb.Append("<h").Append(h).Append(" class=\"form__title\" id=\"").Append(id).Append("-title\">").Append(E(form.Name.Get(culture))).Append("</h").Append(h).Append('>');

        if (state is null && string.Equals(httpContext.Request.Query[FormFieldNames.SubmittedQuery], form.Alias, StringComparison.OrdinalIgnoreCase))
        {
            sb.Append("<div class=\"form__confirmation\" role=\"status\" tabindex=\"-1\" autofocus><p>")
                .Append(E(form.ConfirmationMessage.Get(culture))).Append("</p></div></section>");
            return new HtmlString(sb.ToString());
        }

        var errors = state?.Errors ?? [];
        if (state?.Notice is { } notice)
        {
            sb.Append("<div class=\"form__notice\" role=\"alert\" tabindex=\"-1\"").Append(errors.Count == 0 ? " autofocus" : string.Empty)
                .Append("><p>").Append(E(notice)).Append("</p></div>");
        }

        if (errors.Count > 0)
        {
            sb.Append("<div class=\"form__summary\" role=\"alert\" tabindex=\"-1\" autofocus aria-labelledby=\"").Append(id).Append("-summary-title\">")
                .Append("<h").Append(hSub).Append(" id=\"").Append(id).Append("-summary-title\">").Append(E(FormMessages.SummaryTitle.Get(culture))).Append("</h").Append(hSub).Append("><ul>");
            foreach (var error in errors)
            {
                var field = form.GetField(error.FieldAlias);
                var target = field is null ? id : FieldId(form, field) + (field.IsMultiValue ? "-0" : string.Empty);
                sb.Append("<li><a href=\"#").Append(target).Append("\">")
                    .Append(field is null ? string.Empty : E(field.Label.Get(culture)) + " : ")
                    .Append(E(error.Message)).Append("</a></li>");
            }

            sb.Append("</ul></div>");
        }

        var tokens = antiforgery.GetAndStoreTokens(httpContext);
        sb.Append("<form class=\"form__form\" method=\"post\" action=\"/umbraco/forms/submit/").Append(form.Alias)
            .Append("\" novalidate accept-charset=\"utf-8\">");
        Hidden(sb, tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
        Hidden(sb, FormFieldNames.Culture, culture);
        if (pageKey is { } pk)
        {
            Hidden(sb, FormFieldNames.PageKey, pk.ToString("D", CultureInfo.InvariantCulture));
        }

        Hidden(sb, FormFieldNames.ReturnUrl, state?.ReturnUrl ?? LocalUrl.CurrentPath(httpContext));
        Hidden(sb, FormFieldNames.IdempotencyToken, state?.IdempotencyToken ?? Guid.NewGuid().ToString("N"));
        Hidden(sb, FormFieldNames.Started, timestamps.Create(form.Alias));

        sb.Append("<p class=\"form__required-note\">").Append(E(RequiredNote(culture))).Append("</p>");
        foreach (var field in form.Fields)
        {
            RenderField(sb, form, field, culture, state, errors.FirstOrDefault(e => string.Equals(e.FieldAlias, field.Alias, StringComparison.OrdinalIgnoreCase)));
        }

        // Hidden from people and assistive technology; bots that fill every input give themselves away.
        sb.Append("<div class=\"form__hp\" hidden aria-hidden=\"true\"><label for=\"").Append(id).Append("-hp\">")
            .Append(E(FormMessages.HoneypotLabel.Get(culture))).Append("</label><input type=\"text\" id=\"").Append(id)
            .Append("-hp\" name=\"").Append(FormFieldNames.Honeypot).Append("\" value=\"\" tabindex=\"-1\" autocomplete=\"off\"></div>");
        sb.Append("<div class=\"form__actions\"><button type=\"submit\" class=\"button form__submit\">")
            .Append(E(form.SubmitLabel.Get(culture))).Append("</button></div></form></section>");
        return new HtmlString(sb.ToString());
    }

    private static void RenderField(StringBuilder sb, FormDefinition form, FormField field, string culture, FormRenderState? state, FieldError? error)
    {
        IReadOnlyList<string> values = [];
        if (state is not null && state.Values.TryGetValue(field.Alias, out var posted))
        {
            values = posted;
        }
        else if (field.DefaultValue is { } dv)
        {
            values = [dv];
        }

        var first = values.Count > 0 ? values[0] : string.Empty;
        if (first.Length > field.MaxLength + 100)
        {
            // Do not echo a megabyte back: what is shown is what could be kept.
            first = first[..(field.MaxLength + 100)];
        }

        var id = FieldId(form, field);
        if (field.Type == FormFieldType.Hidden)
        {
            Hidden(sb, field.Alias, first);
            return;
        }

        var label = E(field.Label.Get(culture));
        var help = field.Help.Get(culture);
        var describedBy = new List<string>();
        if (help.Length > 0)
        {
            describedBy.Add(id + "-help");
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
        }

        var aria = new StringBuilder();
        if (describedBy.Count > 0)
        {
            aria.Append(" aria-describedby=\"").Append(string.Join(' ', describedBy)).Append('"');
        }

        if (error is not null)
        {
            aria.Append(" aria-invalid=\"true\"");
        }

        // A checkbox group is a fieldset, which takes neither "required" nor aria-required; its legend says it.
        if (field.Mandatory && field.Type != FormFieldType.CheckboxList)
        {
            aria.Append(" required aria-required=\"true\"");
        }

        var required = field.Mandatory
            ? " <span class=\"form__required\">(" + E(FormMessages.MandatoryIndicator.Get(culture)) + ")</span>"
            : string.Empty;
        sb.Append("<div class=\"form__field form__field--").Append(TypeClass(field.Type)).Append(error is null ? string.Empty : " form__field--error").Append("\">");
        var isGroup = field.Type == FormFieldType.CheckboxList;
        if (isGroup)
        {
            sb.Append("<fieldset class=\"form__fieldset\"").Append(aria).Append("><legend>").Append(label).Append(required).Append("</legend>");
        }
        else if (field.Type != FormFieldType.Consent)
        {
            sb.Append("<label class=\"form__label\" for=\"").Append(id).Append("\">").Append(label).Append(required).Append("</label>");
        }

        if (help.Length > 0)
        {
            sb.Append("<p class=\"form__help\" id=\"").Append(id).Append("-help\">").Append(E(help)).Append("</p>");
        }

        if (error is not null)
        {
            sb.Append("<p class=\"form__error\" id=\"").Append(id).Append("-error\"><span class=\"visually-hidden\">")
                .Append(culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "Erreur : " : "Error: ")
                .Append("</span>").Append(E(error.Message)).Append("</p>");
        }

        var common = $" id=\"{id}\" name=\"{field.Alias}\"";
        var autocomplete = field.Autocomplete is { } ac ? " autocomplete=\"" + E(ac) + "\"" : string.Empty;
        var placeholder = field.Placeholder.Get(culture) is { Length: > 0 } ph ? " placeholder=\"" + E(ph) + "\"" : string.Empty;
        switch (field.Type)
        {
            case FormFieldType.Textarea:
                sb.Append("<textarea class=\"form__input\"").Append(common).Append(" rows=\"8\" maxlength=\"").Append(field.MaxLength).Append('"')
                    .Append(placeholder).Append(aria).Append('>').Append(E(first)).Append("</textarea>");
                break;
            case FormFieldType.Select:
                sb.Append("<select class=\"form__input\"").Append(common).Append(autocomplete).Append(aria).Append("><option value=\"\">")
                    .Append(culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "— Choisir —" : "— Choose —").Append("</option>");
                string? group = null;
                foreach (var option in field.Options)
                {
                    if (option.Group != group)
                    {
                        if (group is not null)
                        {
                            sb.Append("</optgroup>");
                        }

                        group = option.Group;
                        if (group is not null)
                        {
                            sb.Append("<optgroup label=\"").Append(E(group)).Append("\">");
                        }
                    }

                    sb.Append("<option value=\"").Append(E(option.Value)).Append('"').Append(option.Value == first ? " selected" : string.Empty)
                        .Append('>').Append(E(option.Label.Get(culture))).Append("</option>");
                }

                if (group is not null)
                {
                    sb.Append("</optgroup>");
                }

                sb.Append("</select>");
                break;
            case FormFieldType.CheckboxList:
                for (var i = 0; i < field.Options.Count; i++)
                {
                    var option = field.Options[i];
                    var oid = id + "-" + i.ToString(CultureInfo.InvariantCulture);
                    sb.Append("<div class=\"form__option\"><input type=\"checkbox\" id=\"").Append(oid).Append("\" name=\"").Append(field.Alias)
                        .Append("\" value=\"").Append(E(option.Value)).Append('"').Append(values.Contains(option.Value) ? " checked" : string.Empty)
                        .Append("><label for=\"").Append(oid).Append("\">").Append(E(option.Label.Get(culture))).Append("</label></div>");
                }

                sb.Append("</fieldset>");
                break;
            case FormFieldType.Consent:
                sb.Append("<div class=\"form__option\"><input type=\"checkbox\" value=\"true\"").Append(common).Append(first == "true" ? " checked" : string.Empty)
                    .Append(aria).Append("><label for=\"").Append(id).Append("\">").Append(label).Append(required).Append("</label></div>");
                break;
            default:
                var type = field.Type switch
                {
                    FormFieldType.Email => "email",
                    FormFieldType.Phone => "tel",
                    _ => "text",
                };
                sb.Append("<input class=\"form__input\" type=\"").Append(type).Append('"').Append(common).Append(" value=\"").Append(E(first))
                    .Append("\" maxlength=\"").Append(field.MaxLength).Append('"').Append(autocomplete).Append(placeholder).Append(aria).Append('>');
                break;
        }

        sb.Append("</div>");
    }

    internal static string FieldId(FormDefinition form, FormField field) => form.Alias + "-" + field.Alias;

    private static string TypeClass(FormFieldType type) => type switch
    {
        FormFieldType.CheckboxList => "checkbox-list",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string RequiredNote(string culture) =>
        culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase)
            ? "Les champs marqués « obligatoire » doivent être remplis."
            : "Fields marked \"required\" must be filled in.";

    private static void Hidden(StringBuilder sb, string name, string value) =>
        sb.Append("<input type=\"hidden\" name=\"").Append(E(name)).Append("\" value=\"").Append(E(value)).Append("\">");

    private static string E(string value) => Encoder.Encode(value);
}
