using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Mail;

/// <summary>
/// Writes the notification sent to a form's recipients. Visitor text goes into the bodies only (HTML-encoded in the
/// HTML part) and the subject is built from the definition, so nothing a visitor types reaches a mail header except
/// a validated single-line Reply-To address.
/// </summary>
public static class NotificationComposer
{
    /// <summary>Encodes markup characters only, so accents stay readable in the HTML part.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Staff read notifications in the site's default language.</summary>
    public const string StaffCulture = "fr-FR";

    public static (string Subject, string Text, string Html) Compose(FormDefinition form, FormValidationResult values, string visitorCulture, Guid entryKey, DateTime createdUtc)
    {
        var name = form.Name.Get(StaffCulture);
        var subject = form.NotificationSubject.Get(StaffCulture);
        subject = string.IsNullOrEmpty(subject) ? name : subject;
        var intro = string.Format(CultureInfo.InvariantCulture, FormMessages.NotificationIntro.Get(StaffCulture), name);
        var text = new StringBuilder();
        var html = new StringBuilder();
        text.Append(intro).Append("\n\n");
        html.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>").Append(Html.Encode(subject))
            .Append("</title></head><body><p>").Append(Html.Encode(intro)).Append("</p><table>");
        foreach (var field in form.Fields)
        {
            var label = field.Label.Get(StaffCulture);
            var value = DisplayValue(field, values, StaffCulture);
            text.Append(label).Append(" : ").Append(value.Contains('\n', StringComparison.Ordinal) ? "\n" + value : value).Append('\n');
            html.Append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top\">").Append(Html.Encode(label))
                .Append("</th><td style=\"white-space:pre-wrap\">").Append(Html.Encode(value)).Append("</td></tr>");
        }

        var meta = string.Create(CultureInfo.InvariantCulture, $"Langue : {visitorCulture} — Reçu le {createdUtc:yyyy-MM-dd HH:mm} UTC — Réf. {entryKey}");
        text.Append('\n').Append(meta).Append('\n');
        html.Append("</table><p>").Append(Html.Encode(meta)).Append("</p></body></html>");
        return (subject, text.ToString(), html.ToString());
    }

    /// <summary>A value as people read it: option labels instead of codes, "Oui"/"Yes" for consents.</summary>
    public static string DisplayValue(FormField field, FormValidationResult values, string culture)
    {
        values.Values.TryGetValue(field.Alias, out var list);
        list ??= [];
        if (field.Type == FormFieldType.Consent)
        {
            var yes = list.Count > 0;
            return culture.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? (yes ? "Oui" : "Non") : (yes ? "Yes" : "No");
        }

        if (field.Options.Count > 0)
        {
            return string.Join(", ", list.Select(v => field.Options.FirstOrDefault(o => o.Value == v)?.Label.Get(culture) ?? v));
        }

        return string.Join(", ", list);
    }
}
