using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Core.Services;

/// <summary>Reads and writes documents in the database; every write raises notifications and refreshes the published snapshot.</summary>
public interface IContentService
{
    Task<ContentItem?> GetByIdAsync(Guid key, CancellationToken cancellationToken = default);

    /// <summary>Children in sort order; null parent lists roots. Trashed items excluded.</summary>
    Task<IReadOnlyList<ContentItem>> GetChildrenAsync(Guid? parentKey, CancellationToken cancellationToken = default);

    /// <summary>Creates or updates the draft. Validates names, segments and values (mandatory rules apply on publish).</summary>
    Task<OperationResult<ContentItem>> SaveAsync(ContentItem item, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Publishes the drafts of the given cultures (the mandatory culture must be published first or with them).</summary>
    Task<OperationResult<ContentItem>> PublishAsync(Guid key, IReadOnlyCollection<string> cultures, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Unpublishes cultures; unpublishing the mandatory culture unpublishes the node in every culture.</summary>
    Task<OperationResult<ContentItem>> UnpublishAsync(Guid key, IReadOnlyCollection<string> cultures, string? performingUser = null, CancellationToken cancellationToken = default);

    Task<OperationResult> MoveAsync(Guid key, Guid? newParentKey, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Orders the given children of a parent (null: roots) as listed.</summary>
    Task<OperationResult> SortAsync(Guid? parentKey, IReadOnlyList<Guid> orderedKeys, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Moves a node and its descendants to the recycle bin (unpublishing them).</summary>
    Task<OperationResult> TrashAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a trashed node and its descendants out of the recycle bin, unpublished. <paramref name="parentKey"/> null:
    /// under the original parent; when that parent is gone or itself trashed, at the root if the type is allowed there,
    /// else it fails (give a parent). A given parent must exist, not be trashed and allow the node's type.
    /// </summary>
    Task<OperationResult> RestoreAsync(Guid key, Guid? parentKey = null, string? performingUser = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a node and its descendants for good.</summary>
    Task<OperationResult> DeleteAsync(Guid key, string? performingUser = null, CancellationToken cancellationToken = default);
}

public record OperationResult(bool Success, IReadOnlyList<ValidationError> Errors)
{
    public static readonly OperationResult Ok = new(true, []);

    public static OperationResult Fail(params ValidationError[] errors) => new(false, errors);
}

public sealed record OperationResult<T>(bool Success, IReadOnlyList<ValidationError> Errors, T? Value) : OperationResult(Success, Errors)
{
    public static OperationResult<T> Succeeded(T value) => new(true, [], value);

    public static new OperationResult<T> Fail(params ValidationError[] errors) => new(false, errors, default);
}

/// <summary>A validation failure: <paramref name="Property"/> is a property alias or "name"/"urlSegment"/"parent"; <paramref name="Culture"/> is null for invariant ones.</summary>
/// <param name="Message">Localised message per culture (fr-FR and en-US), so the editor sees it in their language.</param>
public sealed record ValidationError(string Property, string? Culture, string Code, LocalizedText Message);
