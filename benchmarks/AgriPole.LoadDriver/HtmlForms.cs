using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AgriPole.LoadDriver;

/// <summary>Reads a rendered form's successful controls as a browser would submit them (antiforgery field included).</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static List<KeyValuePair<string, string>> Fields(string html, string formSelector)
    {
        using var document = Parser.ParseDocument(html);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"no form '{formSelector}' in the page");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name:
                    var type = input.Type.ToLowerInvariant();
                    if (type is "submit" or "button" or "image" or "reset" or "file")
                    {
                        break;
                    }

                    if (type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        break;
                    }

                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var selected = select.Options.Where(o => o.IsSelected).ToList();
                    if (selected.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        selected.Add(select.Options[0]!);
                    }

                    fields.AddRange(selected.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    /// <summary>The form's action attribute (where a browser would post it).</summary>
    public static string Action(string html, string formSelector)
    {
        using var document = Parser.ParseDocument(html);
        return document.QuerySelector(formSelector)?.GetAttribute("action")
            ?? throw new InvalidOperationException($"no form '{formSelector}' in the page");
    }

    /// <summary>The value of the first antiforgery field of the page.</summary>
    public static string AntiforgeryToken(string html)
    {
        using var document = Parser.ParseDocument(html);
        return (document.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException("no antiforgery field in the page");
    }

    /// <summary>The data-key of every node of a back-office tree fragment, with whether it can have children.</summary>
    public static List<(Guid Key, bool CanHaveChildren)> TreeNodes(string html)
    {
        using var document = Parser.ParseDocument(html);
        return document.QuerySelectorAll("li[data-key]")
            .Select(li => (Guid.Parse(li.GetAttribute("data-key")!), li.QuerySelector("button.bo-toggle") is not null))
            .ToList();
    }

    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }
}
