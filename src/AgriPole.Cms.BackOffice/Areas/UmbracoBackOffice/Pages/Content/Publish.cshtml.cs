using System.Globalization;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Areas.UmbracoBackOffice.Pages.Content;

/// <summary>Publishing actions, on their own page so the role check is on the endpoint: Editors and Administrators only.</summary>
[Authorize(Policy = BackOfficePolicies.Publish)]
public sealed class PublishModel(ContentEditor editor, IContentService content, ICmsDefinitions definitions, BackOfficeDbContext db, BackOfficeAudit audit, TimeProvider clock, IOptions<BackOfficeSettings> settings) : PageModel
{
    public ContentEditorState State { get; private set; } = null!;

    public IActionResult OnGet(Guid key) => LocalRedirect($"/umbraco/content/edit/{key}");

    /// <summary>Save and publish: the posted draft is saved first, then the chosen cultures are published.</summary>
    public async Task<IActionResult> OnPostPublishAsync(Guid key, string[]? publishCultures, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        if (!await editor.SaveAsync(State, form, "Save", cancellationToken))
        {
            return await FailAsync(cancellationToken);
        }

        var cultures = Cultures(publishCultures);
        if (cultures.Count == 0)
        {
            cultures = [.. State.Item.Cultures.Keys];
        }

        var result = await content.PublishAsync(key, cultures, State.User.Email, cancellationToken);
        if (!result.Success)
        {
            State.Errors.AddRange(result.Errors);
            return await FailAsync(cancellationToken);
        }

        await audit.WriteAsync(State.User.Email, "Publish", key, string.Join(',', cultures), cancellationToken: cancellationToken);
        return LocalRedirect($"/umbraco/content/edit/{key}?m=published");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(Guid key, string[]? cultures, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var list = Cultures(cultures);
        if (list.Count == 0)
        {
            return LocalRedirect($"/umbraco/content/edit/{key}");
        }

        var result = await content.UnpublishAsync(key, list, State.User.Email, cancellationToken);
        if (!result.Success)
        {
            State.Errors.AddRange(result.Errors);
            return await FailAsync(cancellationToken);
        }

        await audit.WriteAsync(State.User.Email, "Unpublish", key, string.Join(',', list), cancellationToken: cancellationToken);
        return LocalRedirect($"/umbraco/content/edit/{key}?m=unpublished");
    }

    /// <summary>
    /// Records a publish or unpublish for later; the scheduler runs it. The date is read in the back-office time zone
    /// (<see cref="BackOfficeSettings.TimeZone"/>) and stored in UTC; a time skipped by the change to summer time is refused.
    /// </summary>
    public async Task<IActionResult> OnPostScheduleAsync(Guid key, string? action, string? culture, string? runAt, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var zone = settings.Value.ResolveTimeZone();
        var when = DateTime.TryParse(runAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Kind == DateTimeKind.Unspecified && !zone.IsInvalidTime(d)
            ? TimeZoneInfo.ConvertTimeToUtc(d, zone)
            : (DateTime?)null;
        var cultureOk = culture is not null && definitions.GetLanguage(culture) is not null;
        if (action is not ("Publish" or "Unpublish") || !cultureOk || when is null || when < clock.GetUtcNow().UtcDateTime.AddMinutes(-1))
        {
            State.Errors.Add(new ValidationError("schedule", null, "schedule", new LocalizedText(new Dictionary<string, string>
            {
                ["fr-FR"] = "Planification invalide : choisissez une action, une langue et une date future.",
                ["en-US"] = "Invalid schedule: choose an action, a language and a future date.",
            })));
            return await FailAsync(cancellationToken);
        }

        db.ScheduledActions.Add(new ScheduledAction { ContentKey = key, Culture = culture!, Action = action, RunAt = when.Value, CreatedBy = State.User.Email });
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(State.User.Email, "Schedule" + action, key, culture, when.Value.ToString("u", CultureInfo.InvariantCulture), cancellationToken);
        return LocalRedirect($"/umbraco/content/edit/{key}?m=done");
    }

    private List<string> Cultures(string[]? requested) =>
        (requested ?? []).Select(definitions.GetLanguage).OfType<Language>().Select(l => l.IsoCode).Distinct().ToList();

    private async Task<IActionResult> FailAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await editor.FillAsync(State, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        // Every failure goes through FailAsync, which fills the page's lists; a success redirects without them.
        var state = await editor.LoadAsync(key, BackOfficeUserContext.From(User), cancellationToken, fill: false);
        if (state is null)
        {
            return false;
        }

        State = state;
        return true;
    }
}
