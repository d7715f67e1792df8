using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Core.Notifications;

/// <summary>
/// Resolves the handlers of a notification from DI (in registration order) and runs them one after the other.
/// A failing handler is logged and skipped: the write that raised the notification is already committed.
/// </summary>
public sealed class EventAggregator(IServiceScopeFactory scopeFactory, ILogger<EventAggregator> logger) : IEventAggregator
{
    public async Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<INotificationHandler<TNotification>>())
        {
            try
            {
                await handler.HandleAsync(notification, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Notification handler {Handler} failed on {Notification}", handler.GetType().Name, typeof(TNotification).Name);
            }
        }
    }
}
