using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Localization;
using AgriPole.Cms.BackOffice.Pickers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Pickers;

/// <summary>
/// What the picker dialogs query: <c>GET /umbraco/picker/{content|media|folder}?q=&amp;parent=&amp;skip=&amp;take=&amp;format=json</c>
/// answers a page of rows as JSON (search by name when q is given, else one level of the tree under parent). Without
/// format=json the same query renders a plain page (search form, levels, paging, each row's key): the way to find a
/// key without scripts. Any back-office role (the folder's convention), read only.
/// </summary>
public sealed class PickerModel(PickerSource source) : PageModel
{
    public PickerKind Kind { get; private set; }

    public string Query { get; private set; } = string.Empty;

    public Guid? Parent { get; private set; }

    public PickerPage Result { get; private set; } = null!;

    public EditorText Text { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string kind, string? q, Guid? parent, int? skip, int? take, string? format, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PickerKind>(kind, ignoreCase: true, out var pickerKind) || !Enum.IsDefined(pickerKind) || int.TryParse(kind, out _))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var user = BackOfficeUserContext.From(User);
        Kind = pickerKind;
        Query = (q ?? string.Empty).Trim();
        if (Query.Length > 200)
        {
            Query = Query[..200];
        }

        Parent = parent;
        Text = new EditorText(user.UiCulture);
        var from = Math.Max(0, skip ?? 0);
        var count = PickerSource.ClampTake(take);
        Result = Query.Length > 0
            ? await source.SearchAsync(Kind, Query, user.UiCulture, from, count, cancellationToken)
            : await source.ChildrenAsync(Kind, parent, user.UiCulture, from, count, cancellationToken);
        if (string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(new
            {
                items = Result.Items,
                total = Result.Total,
                skip = Result.Skip,
                take = Result.Take,
                hasMore = Result.HasMore,
                trail = Result.Trail,
            });
        }

        return Page();
    }

    public string TitleKey => Kind switch
    {
        PickerKind.Media => "picker.chooseMedia",
        PickerKind.Folder => "picker.chooseFolder",
        _ => "picker.choosePage",
    };

    public string PageUrl(Guid? parent, string? query, int skip)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(query))
        {
            parts.Add("q=" + Uri.EscapeDataString(query));
        }
        else if (parent is { } p)
        {
            parts.Add("parent=" + p);
        }

        if (skip > 0)
        {
            parts.Add("skip=" + skip);
        }

        return $"/umbraco/picker/{Kind.ToString().ToLowerInvariant()}" + (parts.Count > 0 ? "?" + string.Join("&", parts) : string.Empty);
    }
}
