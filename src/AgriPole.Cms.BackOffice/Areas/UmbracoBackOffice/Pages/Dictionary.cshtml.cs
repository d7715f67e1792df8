using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages;

/// <summary>The dictionary (UI strings of the public site) in every language; administrators only.</summary>
[Authorize(Policy = BackOfficePolicies.Administer)]
public sealed class DictionaryModel(DictionaryEditor editor, ICmsDefinitions definitions, BackOfficeAudit audit) : PageModel
{
    public IReadOnlyList<DictionaryEditor.Row> Rows { get; private set; } = [];

    public IReadOnlyList<Language> Languages => definitions.Languages;

    public string? Filter { get; private set; }

    public async Task OnGetAsync(string? filter, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Filter = filter;
        Rows = await editor.ListAsync(filter, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid key, CancellationToken cancellationToken)
    {
        var form = await Request.ReadFormAsync(cancellationToken);
        var texts = definitions.Languages
            .Where(l => form.ContainsKey("text." + l.IsoCode))
            .ToDictionary(l => l.IsoCode, l => form["text." + l.IsoCode].ToString());
        if (!await editor.SaveAsync(key, texts, cancellationToken))
        {
            return NotFound();
        }

        await audit.WriteAsync(User.Identity!.Name!, "DictionarySave", details: key.ToString(), cancellationToken: cancellationToken);
        return LocalRedirect("/umbraco/dictionary");
    }
}
