using System.Text.Json;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>History of a document with a word diff against the current draft, and rollback (into the draft; publishing stays a separate step).</summary>
public sealed class VersionsModel(IContentService content, ICmsDefinitions definitions, ContentHistory history, ContentTree tree, BackOfficeAudit audit) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public Guid Key { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<ContentHistory.Version> Versions { get; private set; } = [];

    public long? Compare { get; private set; }

    public List<(string Label, IReadOnlyList<TextDiff.Piece> Pieces)>? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, long? compare, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        User = BackOfficeUserContext.From(base.User);
        var item = await content.GetByIdAsync(key, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Key = key;
        Name = tree.NameOf(item, User.UiCulture);
        Versions = await history.ListAsync(key, cancellationToken);
        if (compare is { } id && await history.GetAsync(key, id, cancellationToken) is { } version)
        {
            Compare = id;
            Diff = BuildDiff(item.ContentTypeAlias, version, ContentHistory.Current(item));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(Guid key, long version, CancellationToken cancellationToken)
    {
        User = BackOfficeUserContext.From(base.User);
        var item = await content.GetByIdAsync(key, cancellationToken);
        var snapshot = await history.GetAsync(key, version, cancellationToken);
        if (item is null || item.Trashed || snapshot is null)
        {
            return NotFound();
        }

        ContentHistory.Apply(item, snapshot);
        var result = await content.SaveAsync(item, User.Email, cancellationToken);
        if (!result.Success)
        {
            return BadRequest(string.Join(" ", result.Errors.Select(e => e.Message.Get(User.UiCulture))));
        }

        await audit.WriteAsync(User.Email, "Rollback", key, details: $"version {version}", cancellationToken: cancellationToken);
        return LocalRedirect($"/umbraco/content/edit/{key}?m=saved");
    }

    private List<(string, IReadOnlyList<TextDiff.Piece>)> BuildDiff(string typeAlias, ContentHistory.Snapshot before, ContentHistory.Snapshot after)
    {
        var type = definitions.GetContentType(typeAlias);
        var diff = new List<(string, IReadOnlyList<TextDiff.Piece>)>();
        foreach (var culture in before.Cultures.Keys.Union(after.Cultures.Keys, StringComparer.OrdinalIgnoreCase))
        {
            before.Cultures.TryGetValue(culture, out var b);
            after.Cultures.TryGetValue(culture, out var a);
            Add($"{User.Text["content.name"]} ({culture})", b.Name, a.Name);
            foreach (var alias in (b.Values?.Keys ?? Enumerable.Empty<string>()).Union(a.Values?.Keys ?? Enumerable.Empty<string>(), StringComparer.OrdinalIgnoreCase))
            {
                Add($"{Label(alias)} ({culture})", Text(b.Values, alias), Text(a.Values, alias));
            }
        }

        foreach (var alias in before.Invariant.Keys.Union(after.Invariant.Keys, StringComparer.OrdinalIgnoreCase))
        {
            Add(Label(alias), Text(before.Invariant, alias), Text(after.Invariant, alias));
        }

        return diff;

        string Label(string alias) => type?.GetProperty(alias)?.Name.Get(User.UiCulture) ?? alias;

        void Add(string label, string? b, string? a)
        {
            if (!string.Equals(b ?? string.Empty, a ?? string.Empty, StringComparison.Ordinal))
            {
                diff.Add((label, TextDiff.Compute(b, a)));
            }
        }
    }

    private static string? Text(Dictionary<string, JsonElement>? values, string alias) =>
        values is not null && values.TryGetValue(alias, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;
}
