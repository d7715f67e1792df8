using System.Text.Json;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Pickers;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.Forms.Definitions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>Loads a document for the editor and applies the editor's actions through <see cref="IContentService"/>.</summary>
public sealed class ContentEditor(
    IContentService content,
    ICmsDefinitions definitions,
    ContentTree tree,
    PickerSource pickers,
    PropertyFormBinder binder,
    BackOfficeDbContext db,
    BackOfficeAudit audit,
    IFormDefinitions forms,
    IOptions<BackOfficeSettings> settings)
{
    /// <summary>
    /// Loads the document; <paramref name="fill"/> also reads what the page shows around it (children, the names of
    /// the picked pages and media, schedules). A post that redirects on success does not need them: it fills only when it
    /// renders the page again (after a failure), so a save costs the save, not a read of the whole tree.
    /// </summary>
    public async Task<ContentEditorState?> LoadAsync(Guid key, BackOfficeUserContext user, CancellationToken cancellationToken, bool fill = true)
    {
        var item = await content.GetByIdAsync(key, cancellationToken);
        if (item is null || item.Trashed || definitions.GetContentType(item.ContentTypeAlias) is not { IsElement: false } type)
        {
            return null;
        }

        var state = new ContentEditorState { Item = item, Type = type, User = user, Languages = definitions.Languages };
        state.ElementTypes = type.Properties
            .Where(p => p.DataType.EditorAlias == PropertyEditorAliases.BlockList)
            .SelectMany(p => PropertyFormBinder.AllowedBlockTypes(p.DataType))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(definitions.GetContentType)
            .OfType<ContentType>()
            .Where(t => t.IsElement)
            .ToDictionary(t => t.Alias, StringComparer.OrdinalIgnoreCase);
        if (fill)
        {
            await FillAsync(state, cancellationToken);
        }

        return state;
    }

    /// <summary>Re-reads lists around the item (after a failed save the item keeps the posted values).</summary>
    public async Task FillAsync(ContentEditorState state, CancellationToken cancellationToken)
    {
        state.DisplayName = tree.NameOf(state.Item, state.User.UiCulture);
        if (state.ShowAllChildren)
        {
            state.Children = await tree.ChildrenAsync(state.Item.Key, state.User.UiCulture, cancellationToken);
            state.ChildrenTotal = state.Children.Count;
        }
        else
        {
            // A list page of 2,000 news items shows its first 200; the rest on demand.
            (state.Children, state.ChildrenTotal) = await tree.LevelAsync(state.Item.Key, state.User.UiCulture, 0, cancellationToken);
        }
        var keys = PickedKeys(state.Item);
        keys.AddRange(state.PostedTargets.Values.Select(v => Guid.TryParse(v, out var k) ? k : Guid.Empty).Where(k => k != Guid.Empty));
        state.PickedContent = await pickers.DescribeContentAsync(keys, state.User.UiCulture, cancellationToken);
        state.PickedMedia = pickers.DescribeMedia(keys);
        state.Forms = forms.All.Select(f => (f.Alias, f.Name.Get(state.User.UiCulture))).ToList();
        state.TimeZone = settings.Value.ResolveTimeZone();
        state.Schedules = await db.ScheduledActions.AsNoTracking()
            .Where(s => s.ContentKey == state.Item.Key && s.CompletedAt == null)
            .OrderBy(s => s.RunAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Binds the posted form onto the draft and saves it; false (with errors on the state) when invalid.</summary>
    /// <summary>
    /// A block list button posted without scripts: binds the form onto the draft in memory (blocks not validated),
    /// applies the action and says what happened; nothing is saved.
    /// </summary>
    public string ApplyBlockAction(ContentEditorState state, IFormCollection form)
    {
        var bindErrors = binder.Apply(state.Item, state.Type, form, validateBlocks: false);
        state.Errors.AddRange(bindErrors);
        var outcome = bindErrors.Count > 0
            ? BlockListActions.Outcome.Invalid
            : BlockListActions.Apply(state.Item, state.Type, state.Languages, form["blockAction"]);
        return outcome switch
        {
            BlockListActions.Outcome.Added => "blocks.added",
            BlockListActions.Outcome.Removed => "blocks.removed",
            BlockListActions.Outcome.Moved => "blocks.moved",
            _ => "blocks.invalid",
        };
    }

    public async Task<bool> SaveAsync(ContentEditorState state, IFormCollection form, string auditAction, CancellationToken cancellationToken)
    {
        var bindErrors = binder.Apply(state.Item, state.Type, form);
        if (bindErrors.Count > 0)
        {
            state.Errors.AddRange(bindErrors);
            return false;
        }

        var result = await content.SaveAsync(state.Item, state.User.Email, cancellationToken);
        if (!result.Success)
        {
            state.Errors.AddRange(result.Errors);
            return false;
        }

        await audit.WriteAsync(state.User.Email, auditAction, state.Item.Key, details: state.Type.Alias, cancellationToken: cancellationToken);
        return true;
    }

    /// <summary>Copies a document (and optionally its descendants) under a new parent as unpublished drafts.</summary>
    public async Task<OperationResult<ContentItem>> CopyAsync(Guid key, Guid? target, bool descendants, string user, CancellationToken cancellationToken)
    {
        var source = await content.GetByIdAsync(key, cancellationToken);
        if (source is null)
        {
            return OperationResult<ContentItem>.Fail(new ValidationError("parent", null, "notFound", new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = "Page introuvable.", ["en-US"] = "Page not found." })));
        }

        // Copying a subtree into itself would copy its own copies for ever.
        if (descendants && await IsInSubtreeAsync(target, key, cancellationToken))
        {
            return OperationResult<ContentItem>.Fail(new ValidationError("parent", null, "copyIntoItself", new LocalizedText(new Dictionary<string, string> { ["fr-FR"] = "Impossible de copier une page avec ses enfants sous elle-même.", ["en-US"] = "A page cannot be copied with its children under itself." })));
        }

        var copy = new ContentItem
        {
            ContentTypeAlias = source.ContentTypeAlias,
            ParentKey = target,
            InvariantValues = new Dictionary<string, JsonElement>(source.InvariantValues, StringComparer.OrdinalIgnoreCase),
        };
        foreach (var (culture, variation) in source.Cultures)
        {
            copy.Cultures[culture] = new ContentCultureVariation
            {
                Culture = culture,
                Name = variation.Name,
                Values = new Dictionary<string, JsonElement>(variation.Values, StringComparer.OrdinalIgnoreCase),
            };
        }

        var result = await content.SaveAsync(copy, user, cancellationToken);
        if (!result.Success || !descendants)
        {
            return result;
        }

        var newKey = result.Value?.Key ?? copy.Key;
        foreach (var child in await content.GetChildrenAsync(key, cancellationToken))
        {
            if (child.Key == newKey)
            {
                continue;
            }

            var childResult = await CopyAsync(child.Key, newKey, true, user, cancellationToken);
            if (!childResult.Success)
            {
                return childResult;
            }
        }

        return result;
    }

    /// <summary>
    /// Every key a value of the draft names, at any depth (picker values, link rows, block properties): a few dozen
    /// at most, looked up by key. Keys that name no page or media item (block keys) simply find nothing.
    /// </summary>
    private static List<Guid> PickedKeys(ContentItem item)
    {
        var keys = new HashSet<Guid>();
        foreach (var value in item.InvariantValues.Values.Concat(item.Cultures.Values.SelectMany(c => c.Values.Values)))
        {
            Collect(value, keys);
        }

        return [.. keys];

        static void Collect(JsonElement element, HashSet<Guid> into)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String when element.GetString() is { Length: >= 32 and <= 38 } s && Guid.TryParse(s, out var key):
                    into.Add(key);
                    break;
                case JsonValueKind.Array:
                    foreach (var child in element.EnumerateArray())
                    {
                        Collect(child, into);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, into);
                    }

                    break;
            }
        }
    }

    private async Task<bool> IsInSubtreeAsync(Guid? node, Guid root, CancellationToken cancellationToken)
    {
        for (var i = 0; node is { } current && i < 100; i++)
        {
            if (current == root)
            {
                return true;
            }

            node = (await content.GetByIdAsync(current, cancellationToken))?.ParentKey;
        }

        return false;
    }
}
