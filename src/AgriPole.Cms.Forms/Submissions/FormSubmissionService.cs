using System.Collections.Concurrent;
using System.Text.Json;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Mail;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>
/// Validates a submission and stores it: the entry, its outbox mails and (newsletter) the pending subscription are
/// committed in one transaction before the caller acknowledges anything, so an acknowledged entry survives a crash and
/// its mails are never lost nor queued twice. SMTP is not touched here.
/// </summary>
/// <remarks>
/// Group commit: concurrent submissions queue up, and whichever request holds the forms write queue commits every
/// waiting submission in one transaction (one fsync for many visitors, where one each made 50 concurrent visitors
/// wait ~400 ms at p95). Each caller still returns only after the transaction holding its entry committed. The per-IP
/// limit, when asked for, is checked and counted inside the same transaction, so it is exact across nodes on SQLite
/// (the transaction takes the write lock first).
/// </remarks>
public sealed class FormSubmissionService(
    IDbContextFactory<FormsDbContext> dbFactory,
    OutboxSignal outboxSignal,
    FormsWriteGate writeGate,
    FormsRateLimiter rateLimiter,
    TimeProvider time,
    ILogger<FormSubmissionService> logger)
{
    private const int MaxBatch = 64;
    private readonly ConcurrentQueue<PendingSubmission> _pending = new();

    public Task<SubmissionOutcome> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default) =>
        SubmitAsync(request, countAgainstRateLimit: false, cancellationToken);

    /// <param name="countAgainstRateLimit">
    /// Check the client's per-IP limit and count this submission in the same transaction; over the limit the outcome is
    /// <see cref="SubmissionOutcome.RateLimited"/> and nothing is stored.
    /// </param>
    public async Task<SubmissionOutcome> SubmitAsync(SubmissionRequest request, bool countAgainstRateLimit, CancellationToken cancellationToken)
    {
        var validation = FormValidator.Validate(request.Form, request.RawValues, request.Culture);
        if (!validation.IsValid)
        {
            return new SubmissionOutcome(validation, null, false);
        }

        var pending = new PendingSubmission(request, validation, countAgainstRateLimit && request.ClientIpHash is not null);
        _pending.Enqueue(pending);
        while (!pending.Outcome.Task.IsCompleted)
        {
            using (await writeGate.EnterAsync(cancellationToken))
            {
                // Another request's batch may have committed ours while we waited for the queue.
                if (!pending.Outcome.Task.IsCompleted)
                {
                    await CommitWaitingAsync();
                }
            }
        }

        return await pending.Outcome.Task;
    }

    /// <summary>Takes the waiting submissions and commits them together; on a conflict, one by one.</summary>
    private async Task CommitWaitingAsync()
    {
        var batch = new List<PendingSubmission>(8);
        while (batch.Count < MaxBatch && _pending.TryDequeue(out var next))
        {
            batch.Add(next);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await CommitAsync(batch);
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One of them clashed (another node stored the same token first): retry each alone so the others still land.
            logger.LogInformation(ex, "Group commit of {Count} form entries failed; committing them one by one", batch.Count);
            foreach (var single in batch)
            {
                try
                {
                    await CommitAsync([single]);
                }
                catch (Exception singleError)
                {
                    single.Outcome.TrySetException(singleError);
                }
            }
        }
        catch (Exception ex)
        {
            batch[0].Outcome.TrySetException(ex);
        }
    }

    private async Task CommitAsync(List<PendingSubmission> batch)
    {
        // The batch belongs to several visitors: one disconnecting must not cancel the others' commit.
        var cancellationToken = CancellationToken.None;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var outcomes = await StageAsync(db, batch, cancellationToken);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Outcome.TrySetResult(outcomes[i]);
                }

                if (outcomes.Any(o => o.Accepted && !o.Duplicate))
                {
                    outboxSignal.Notify();
                }

                return;
            }
            catch (DbUpdateException) when (batch.Count == 1 && attempt == 0)
            {
                // Two posts with one token raced past the look-up on two nodes: the unique index let one in; the second
                // look-up finds it and answers with that entry.
                db.ChangeTracker.Clear();
                logger.LogInformation("Duplicate submission of form {Form} folded into the first entry", batch[0].Request.Form.Alias);
            }
        }
    }

    /// <summary>Looks up tokens and limits, adds the rows and commits, all in one transaction; the outcomes in batch order.</summary>
    private async Task<SubmissionOutcome[]> StageAsync(FormsDbContext db, List<PendingSubmission> batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tokens = batch.Select(p => p.Request.IdempotencyToken).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Entries.AsNoTracking()
            .Where(e => tokens.Contains(e.IdempotencyToken))
            .Select(e => new { e.IdempotencyToken, e.Key })
            .ToDictionaryAsync(e => e.IdempotencyToken, e => e.Key, StringComparer.Ordinal, cancellationToken);
        var ledger = rateLimiter.StartLedger();
        var now = time.GetUtcNow().UtcDateTime;
        var outcomes = new SubmissionOutcome[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            if (known.TryGetValue(p.Request.IdempotencyToken, out var existing))
            {
                outcomes[i] = new SubmissionOutcome(p.Validation, existing, true);
                continue;
            }

            if (p.CountAgainstRateLimit && !await ledger.TryCountAsync(db, p.Request.ClientIpHash!, cancellationToken))
            {
                outcomes[i] = new SubmissionOutcome(p.Validation, null, false, RateLimited: true);
                continue;
            }

            var entryKey = AddEntry(db, p.Request, p.Validation, now);
            known[p.Request.IdempotencyToken] = entryKey;
            outcomes[i] = new SubmissionOutcome(p.Validation, entryKey, false);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (ledger.Counted)
        {
            await rateLimiter.PruneIfDueAsync(db, cancellationToken);
        }

        return outcomes;
    }

    private static Guid AddEntry(FormsDbContext db, SubmissionRequest request, FormValidationResult validation, DateTime now)
    {
        var form = request.Form;
        var entryKey = Guid.NewGuid();
        var email = form.EmailField is { } ef ? validation.Get(ef.Alias).ToLowerInvariant() : string.Empty;
        db.Entries.Add(new FormEntry
        {
            Key = entryKey,
            FormAlias = form.Alias,
            FormKey = form.Key,
            Culture = request.Culture,
            PageKey = request.PageKey,
            CreatedUtc = now,
            ValuesJson = SerializeValues(form, validation),
            Email = email.Length == 0 ? null : email,
            ClientIpHash = request.ClientIpHash,
            State = FormEntryState.New,
            IdempotencyToken = request.IdempotencyToken,
        });

        if (form.Recipients.Count > 0)
        {
            var (subject, text, html) = NotificationComposer.Compose(form, validation, request.Culture, entryKey, now);
            foreach (var to in form.Recipients)
            {
                db.OutboxMails.Add(new OutboxMail
                {
                    Id = Guid.NewGuid(),
                    EntryKey = entryKey,
                    To = to,
                    ReplyTo = email.Length == 0 ? null : email,
                    Subject = subject,
                    BodyText = text,
                    BodyHtml = html,
                    CreatedUtc = now,
                    NextAttemptUtc = now,
                    DedupeKey = $"entry:{entryKey:N}:notify:{to.ToLowerInvariant()}",
                });
            }
        }

        if (form.DoubleOptIn is { } optIn)
        {
            var address = validation.Get(optIn.EmailField).ToLowerInvariant();
            var token = NewsletterTokens.Create();
            var subscriptionKey = Guid.NewGuid();
            db.NewsletterSubscriptions.Add(new NewsletterSubscription
            {
                Key = subscriptionKey,
                Email = address,
                Culture = request.Culture,
                EntryKey = entryKey,
                TokenHash = NewsletterTokens.Hash(token),
                TokenExpiresUtc = now.AddHours(optIn.TokenLifetimeHours),
                CreatedUtc = now,
            });
            var link = $"{request.BaseUrl}/umbraco/forms/newsletter/confirm?token={Uri.EscapeDataString(token)}";
            var body = optIn.Body.Get(request.Culture).Replace("{link}", link, StringComparison.Ordinal);
            db.OutboxMails.Add(new OutboxMail
            {
                Id = Guid.NewGuid(),
                EntryKey = entryKey,
                To = address,
                Subject = optIn.Subject.Get(request.Culture),
                BodyText = body,
                CreatedUtc = now,
                NextAttemptUtc = now,
                DedupeKey = $"newsletter:{subscriptionKey:N}:optin",
            });
        }

        return entryKey;
    }

    /// <summary>{ alias: "value" | ["a", "b"] } in field order; the default encoder escapes markup characters.</summary>
    public static string SerializeValues(FormDefinition form, FormValidationResult validation)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in form.Fields)
            {
                validation.Values.TryGetValue(field.Alias, out var list);
                list ??= [];
                if (field.IsMultiValue)
                {
                    writer.WriteStartArray(field.Alias);
                    foreach (var v in list)
                    {
                        writer.WriteStringValue(v);
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    writer.WriteString(field.Alias, list.Count > 0 ? list[0] : string.Empty);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads stored values back: alias → values (one for single-value fields).</summary>
    public static Dictionary<string, IReadOnlyList<string>> DeserializeValues(string json)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            result[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.Array => p.Value.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList(),
                JsonValueKind.String => p.Value.GetString() is { Length: > 0 } s ? [s] : [],
                _ => [p.Value.ToString()],
            };
        }

        return result;
    }
}
