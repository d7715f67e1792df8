using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AgriPole.Cms.Forms.Mail;

/// <summary>
/// Delivers the outbox over SMTP in the background. A row is leased (owner + expiry, taken with a conditional
/// UPDATE) so two nodes never send it together, and marked sent right after the server accepted it, so a restart does
/// not send it again. Failures back off exponentially and are recorded on the row. Submissions never wait for this.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<FormsDbContext> dbFactory,
    IOptionsMonitor<SmtpSettings> smtp,
    IOptionsMonitor<FormsSettings> settings,
    OutboxSignal signal,
    FormsWriteGate writeGate,
    TimeProvider time,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Set by a pass that could not reach the server; the loop then waits out the retry delay.</summary>
    private volatile bool _serverUnreachable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first pass.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A locked or unreachable database must not kill the loop; the next pass retries.
                logger.LogError(ex, "Outbox pass failed");
            }

            try
            {
                if (_serverUnreachable)
                {
                    // SMTP is down: new submissions must not each wake a pass that fails again (each costs two writes
                    // and a connection attempt while visitors are submitting). Wait out the first retry delay instead.
                    _serverUnreachable = false;
                    await Task.Delay(settings.CurrentValue.OutboxBaseRetryDelay, time, stoppingToken);
                }
                else
                {
                    await signal.WaitAsync(settings.CurrentValue.OutboxPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: sends every due, unleased row. Returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var smtpSettings = smtp.CurrentValue;
        if (!smtpSettings.IsConfigured)
        {
            return 0;
        }

        var options = settings.CurrentValue;
        var sent = 0;
        SmtpClient? client = null;
        try
        {
            while (true)
            {
                var row = await LeaseNextAsync(options, cancellationToken);
                if (row is null)
                {
                    break;
                }

                try
                {
                    client ??= await ConnectAsync(smtpSettings, options, cancellationToken);
                    await client.SendAsync(BuildMessage(smtpSettings, row), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    _serverUnreachable = client is null;
                    await RecordFailureAsync(row, ex, options);
                    client?.Dispose();
                    client = null;

                    // The server is likely down: leave the other rows for the next pass rather than failing them all now.
                    break;
                }

                // The server has the message: record it at once, so nothing sends it again, even after a restart.
                await MarkSentAsync(row.Id);
                sent++;
            }
        }
        finally
        {
            if (client is not null)
            {
                try
                {
                    await client.DisconnectAsync(true, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    logger.LogDebug(ex, "SMTP disconnect failed");
                }

                client.Dispose();
            }
        }

        return sent;
    }

    private async Task<OutboxMail?> LeaseNextAsync(FormsSettings options, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMails.AsNoTracking()
            .Where(m => m.SentUtc == null && !m.Abandoned && m.NextAttemptUtc <= now && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => m.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var until = now + options.OutboxLease;
            int taken;
            using (await writeGate.EnterAsync(cancellationToken))
            {
                taken = await db.OutboxMails
                    .Where(m => m.Id == id && m.SentUtc == null && (m.LeaseUntilUtc == null || m.LeaseUntilUtc < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, _node).SetProperty(m => m.LeaseUntilUtc, until), cancellationToken);
            }

            if (taken == 1)
            {
                return await db.OutboxMails.AsNoTracking().FirstAsync(m => m.Id == id, cancellationToken);
            }
        }

        return null;
    }

    private static async Task<SmtpClient> ConnectAsync(SmtpSettings s, FormsSettings options, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)options.SmtpTimeout.TotalMilliseconds };
        try
        {
            var secure = Enum.TryParse<SecureSocketOptions>(s.SecureSocketOptions, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(options.SmtpTimeout);
            await client.ConnectAsync(s.Host!, s.Port, secure, connectTimeout.Token);
            if (!string.IsNullOrEmpty(s.Username))
            {
                await client.AuthenticateAsync(s.Username, s.Password ?? string.Empty, connectTimeout.Token);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static MimeMessage BuildMessage(SmtpSettings s, OutboxMail row)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(s.From!));
        message.To.Add(MailboxAddress.Parse(row.To));
        if (!string.IsNullOrEmpty(row.ReplyTo) && MailboxAddress.TryParse(row.ReplyTo, out var replyTo))
        {
            message.ReplyTo.Add(replyTo);
        }

        // Subjects come from definitions, but strip line breaks anyway: a header never spans visitor-controlled lines.
        message.Subject = row.Subject.Replace('\r', ' ').Replace('\n', ' ');

        // A stable Message-Id lets receivers drop a copy if a crash fell between acceptance and recording it.
        message.MessageId = $"{row.Id:N}@agripole.forms";
        var body = new BodyBuilder { TextBody = row.BodyText, HtmlBody = row.BodyHtml };
        message.Body = body.ToMessageBody();
        return message;
    }

    private async Task MarkSentAsync(Guid id)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var now = time.GetUtcNow().UtcDateTime;
        using var queued = await writeGate.EnterAsync(CancellationToken.None);
        await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.SentUtc, now)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            CancellationToken.None);
    }

    private async Task RecordFailureAsync(OutboxMail row, Exception ex, FormsSettings options)
    {
        var attempts = row.Attempts + 1;
        var delay = TimeSpan.FromTicks(Math.Min(options.OutboxMaxRetryDelay.Ticks, options.OutboxBaseRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
        var next = time.GetUtcNow().UtcDateTime + delay;
        var abandoned = attempts >= options.OutboxMaxAttempts;
        var error = $"{ex.GetType().Name}: {ex.Message}";
        error = error.Length > 1000 ? error[..1000] : error;
        logger.LogWarning("Mail {Id} to {To} failed (attempt {Attempts}): {Error}", row.Id, row.To, attempts, error);
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        using var queued = await writeGate.EnterAsync(CancellationToken.None);
        await db.OutboxMails.Where(m => m.Id == row.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.Abandoned, abandoned)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
            CancellationToken.None);
    }
}
