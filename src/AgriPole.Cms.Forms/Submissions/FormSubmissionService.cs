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
public sealed class FormSubmissionService(
    IDbContextFactory<FormsDbContext> dbFactory,
    OutboxSignal outboxSignal,
    FormsWriteGate writeGate,
    TimeProvider time,
    ILogger<FormSubmissionService> logger)
{
    public async Task<SubmissionOutcome> SubmitAsync(SubmissionRequest request, CancellationToken cancellationToken = default)
    {
        var form = request.Form;
        var validation = FormValidator.Validate(form, request.RawValues, request.Culture);
        if (!validation.IsValid)
        {
            return new SubmissionOutcome(validation, null, false);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await FindByTokenAsync(db, request.IdempotencyToken, cancellationToken);
        if (existing is not null)
        {
            return new SubmissionOutcome(validation, existing, true);
        }

        var now = time.GetUtcNow().UtcDateTime;
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

        try
        {
            using (await writeGate.EnterAsync(db, cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException ex)
        {
            // Two posts with one token raced past the look-up: the unique index let one in; answer with that one.
            db.ChangeTracker.Clear();
            existing = await FindByTokenAsync(db, request.IdempotencyToken, CancellationToken.None);
            if (existing is null)
            {
                throw;
            }

            logger.LogInformation(ex, "Duplicate submission of form {Form} folded into entry {Entry}", form.Alias, existing);
            return new SubmissionOutcome(validation, existing, true);
        }

        outboxSignal.Notify();
        return new SubmissionOutcome(validation, entryKey, false);
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

    private static async Task<Guid?> FindByTokenAsync(FormsDbContext db, string token, CancellationToken cancellationToken)
    {
        var key = await db.Entries.AsNoTracking().Where(e => e.IdempotencyToken == token).Select(e => (Guid?)e.Key).FirstOrDefaultAsync(cancellationToken);
        return key;
    }
}
