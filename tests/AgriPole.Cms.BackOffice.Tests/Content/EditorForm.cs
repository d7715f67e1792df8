using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace AgriPole.Cms.BackOffice.Tests.Content;

/// <summary>
/// The content editor's form as a browser without scripts would post it: every successful control of #bo-editor in
/// document order (template contents are not part of the document), so tests post what the page really renders.
/// </summary>
public sealed class EditorForm
{
    private EditorForm(IHtmlDocument document, List<KeyValuePair<string, string>> fields)
    {
        Document = document;
        Fields = fields;
    }

    public IHtmlDocument Document { get; }

    public List<KeyValuePair<string, string>> Fields { get; }

    public static async Task<EditorForm> LoadAsync(HttpClient client, Guid key) => Parse(await client.GetStringAsync($"/umbraco/content/edit/{key}"));

    public static EditorForm Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var form = document.QuerySelector("#bo-editor") ?? throw new InvalidOperationException("No editor form on the page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                    {
                        fields.Add(new(name, input.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.GetAttribute("value") ?? string.Empty));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.TextContent));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.QuerySelectorAll("option").Where(o => o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && !select.HasAttribute("multiple") && select.QuerySelector("option") is { } first)
                    {
                        chosen.Add(first);
                    }

                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? o.TextContent)));
                    break;
            }
        }

        return new EditorForm(document, fields);
    }

    public string Token => Fields.First(f => f.Key == "__RequestVerificationToken").Value;

    /// <summary>Replaces every value of a field with one value (appends it when absent).</summary>
    public EditorForm Set(string name, string value)
    {
        var index = Fields.FindIndex(f => f.Key == name);
        Fields.RemoveAll(f => f.Key == name);
        Fields.Insert(index < 0 ? Fields.Count : index, new(name, value));
        return this;
    }

    public EditorForm Add(string name, string value)
    {
        Fields.Add(new(name, value));
        return this;
    }

    /// <summary>Removes the fields whose name starts with <paramref name="prefix"/>, and the given order entries.</summary>
    public EditorForm RemoveWhere(Func<KeyValuePair<string, string>, bool> predicate)
    {
        Fields.RemoveAll(f => predicate(f));
        return this;
    }

    public IEnumerable<string> Values(string name) => Fields.Where(f => f.Key == name).Select(f => f.Value);

    public Task<HttpResponseMessage> PostAsync(HttpClient client, string action) => client.PostAsync(action, new FormUrlEncodedContent(Fields));

    /// <summary>The text of the error shown inside the property editor that holds the field with this id.</summary>
    public static string ErrorBeside(IDocument document, string fieldId)
    {
        var field = document.GetElementById(fieldId) ?? throw new InvalidOperationException($"No field #{fieldId}.");
        var property = field.Closest(".bo-property") ?? throw new InvalidOperationException("Field outside a property editor.");
        return string.Join(" ", property.Children.Where(c => c.ClassList.Contains("bo-error")).Select(e => e.TextContent.Trim()));
    }
}
