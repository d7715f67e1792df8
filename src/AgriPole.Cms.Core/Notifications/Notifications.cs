using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Core.Notifications;

/// <summary>Marker for things published through <see cref="IEventAggregator"/> (Umbraco's notification pattern).</summary>
public interface INotification;

public interface INotificationHandler<in TNotification>
    where TNotification : INotification
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}

/// <summary>Dispatches a notification to every registered <see cref="INotificationHandler{TNotification}"/>, in registration order.</summary>
public interface IEventAggregator
{
    Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification;
}

/// <summary>Drafts saved (not visible to visitors).</summary>
public sealed record ContentSavedNotification(Guid Key, IReadOnlyCollection<string> Cultures) : INotification;

public sealed record ContentPublishedNotification(Guid Key, IReadOnlyCollection<string> Cultures) : INotification;

public sealed record ContentUnpublishedNotification(Guid Key, IReadOnlyCollection<string> Cultures) : INotification;

public sealed record ContentMovedNotification(Guid Key, Guid? OldParentKey, Guid? NewParentKey) : INotification;

/// <summary>Moved to the recycle bin or deleted for good; either way gone from the published site.</summary>
public sealed record ContentDeletedNotification(Guid Key, bool Permanently) : INotification;

/// <summary>Taken out of the recycle bin (still unpublished) under <paramref name="ParentKey"/> (null: the root).</summary>
public sealed record ContentRestoredNotification(Guid Key, Guid? ParentKey) : INotification;

public sealed record MediaChangedNotification(IReadOnlyCollection<Guid> Keys) : INotification;

/// <summary>
/// Raised on every node after its published snapshot was swapped, whether the change was made here or replayed
/// from another node's cache instruction. Search indexers and output caches subscribe to this one.
/// </summary>
public sealed record PublishedSnapshotChangedNotification(
    IPublishedSnapshot Previous,
    IPublishedSnapshot Current,
    ContentChangeSet Changes) : INotification;
