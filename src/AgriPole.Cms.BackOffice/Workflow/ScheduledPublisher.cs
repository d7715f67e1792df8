using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.BackOffice.Workflow;

/// <summary>
/// Runs due scheduled publishes and unpublishes. The schedule lives in the database, so it survives restarts; each
/// action is claimed with a conditional update first, so two nodes never both run it.
/// </summary>
public sealed class ScheduledPublisher(IServiceScopeFactory scopes, IOptions<BackOfficeSettings> settings, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Scheduled publishing failed; will retry.");
            }

            try
            {
                await Task.Delay(settings.Value.SchedulerPollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs every action due now; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<IContentService>();
        var audit = scope.ServiceProvider.GetRequiredService<BackOfficeAudit>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledActions.AsNoTracking()
            .Where(s => s.CompletedAt == null && s.RunAt <= now)
            .OrderBy(s => s.RunAt)
            .Take(50)
            .ToListAsync(cancellationToken);
        var ran = 0;
        foreach (var action in due)
        {
            var claimed = await db.ScheduledActions
                .Where(s => s.Id == action.Id && s.CompletedAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.CompletedAt, now), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            var user = $"scheduler ({action.CreatedBy})";
            OperationResult result = action.Action == "Unpublish"
                ? await content.UnpublishAsync(action.ContentKey, [action.Culture], user, cancellationToken)
                : await content.PublishAsync(action.ContentKey, [action.Culture], user, cancellationToken);
            var outcome = result.Success ? "ok" : string.Join("; ", result.Errors.Select(e => e.Message.Get("en-US")));
            await db.ScheduledActions.Where(s => s.Id == action.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Outcome, outcome.Length > 2000 ? outcome[..2000] : outcome), cancellationToken);
            await audit.WriteAsync(user, "Scheduled" + action.Action, action.ContentKey, action.Culture, outcome, cancellationToken);
            ran++;
        }

        return ran;
    }
}
