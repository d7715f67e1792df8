using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>Creates a draft of an allowed type under a parent (or at the root), named in the default language.</summary>
public sealed class CreateModel(IContentService content, ICmsDefinitions definitions, ContentTree tree, BackOfficeAudit audit) : PageModel
{
    public new BackOfficeUserContext User { get; private set; } = null!;

    public Guid? Parent { get; private set; }

    public string? ParentName { get; private set; }

    public string DefaultCulture => definitions.DefaultLanguage.IsoCode;

    public IReadOnlyList<ContentType> AllowedTypes { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? parent, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        return await LoadAsync(parent, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid? parent, string? type, string? name, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(parent, cancellationToken))
        {
            return NotFound();
        }

        var contentType = AllowedTypes.FirstOrDefault(t => string.Equals(t.Alias, type, StringComparison.OrdinalIgnoreCase));
        name = name?.Trim() ?? string.Empty;
        if (contentType is null || name.Length == 0)
        {
            Errors.Add(contentType is null ? User.Text["content.noAllowedTypes"] : User.Text["content.name"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var item = new ContentItem { ContentTypeAlias = contentType.Alias, ParentKey = parent };
        item.Cultures[DefaultCulture] = new ContentCultureVariation { Culture = DefaultCulture, Name = name };
        var result = await content.SaveAsync(item, User.Email, cancellationToken);
        if (!result.Success)
        {
            Errors.AddRange(result.Errors.Select(e => e.Message.Get(User.UiCulture)));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var key = result.Value?.Key ?? item.Key;
        await audit.WriteAsync(User.Email, "Create", key, DefaultCulture, contentType.Alias, cancellationToken);
        return LocalRedirect($"/umbraco/content/edit/{key}");
    }

    private async Task<bool> LoadAsync(Guid? parent, CancellationToken cancellationToken)
    {
        User = BackOfficeUserContext.From(base.User);
        Parent = parent;
        if (parent is null)
        {
            AllowedTypes = definitions.ContentTypes.Values.Where(t => !t.IsElement && t.AllowedAtRoot).OrderBy(t => t.Alias, StringComparer.Ordinal).ToList();
            return true;
        }

        var parentItem = await content.GetByIdAsync(parent.Value, cancellationToken);
        if (parentItem is null || parentItem.Trashed)
        {
            return false;
        }

        ParentName = tree.NameOf(parentItem, User.UiCulture);
        var parentType = definitions.GetContentType(parentItem.ContentTypeAlias);
        AllowedTypes = parentType?.AllowedChildren.Select(definitions.GetContentType).OfType<ContentType>().Where(t => !t.IsElement).ToList() ?? [];
        return true;
    }
}
