using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace AgriPole.Web.Features.Search;

/// <summary>HTML helpers of the search page that need more than a plain encoded string.</summary>
public static class SearchPageHtml
{
    /// <summary>
    /// A dictionary string such as "Did you mean: {0}?" with {0} as a link. Every part is encoded; a string without
    /// {0} is shown as is, followed by the link.
    /// </summary>
    public static IHtmlContent FormatWithLink(string format, string linkText, string url)
    {
        var encoder = HtmlEncoder.Default;
        var link = $"<a href=\"{encoder.Encode(url)}\">{encoder.Encode(linkText)}</a>";
        var at = format.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0
            ? new HtmlString($"{encoder.Encode(format)} {link}")
            : new HtmlString(encoder.Encode(format[..at]) + link + encoder.Encode(format[(at + 3)..]));
    }
}
