using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Mail;

/// <summary>An abandoned mail (SMTP down through every attempt) retried by an administrator: queued once, sent once.</summary>
public sealed class OutboxRetryTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly FormsTestApp _app;

    public OutboxRetryTests()
    {
        _app = new FormsTestApp(s =>
        {
            _smtp.ConfigureApp(s);
            s["AgriPole:Forms:OutboxMaxAttempts"] = "2";
        });
    }

    [Fact]
    public async Task RetryMail_AbandonedThenSmtpBack_RequeuedOnceAndSentOnce()
    {
        // SMTP is down: the notification fails twice and is abandoned.
        await _app.PostAsync(await _app.GetFormAsync("contact"), FormsTestApp.ValidContact("retry@example.fr"));
        var mailId = await WaitAsync(async db => await db.OutboxMails.Where(m => m.Abandoned).Select(m => (Guid?)m.Id).FirstOrDefaultAsync());
        var inbox = _app.Service<IFormEntryInbox>();
        Assert.Contains(await inbox.ListUndeliveredMailsAsync(), m => m.Id == mailId && m.Abandoned && m.LastError is { Length: > 0 });

        _smtp.Start();
        var first = await inbox.RetryMailAsync(mailId);
        var second = await inbox.RetryMailAsync(mailId);

        Assert.True(first);
        Assert.False(second);
        var message = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        Assert.Equal("contact@agripole.example", message.To.Mailboxes.Single().Address);
        await WaitAsync(async db => await db.OutboxMails.Where(m => m.Id == mailId && m.SentUtc != null).Select(m => (Guid?)m.Id).FirstOrDefaultAsync());

        // A retry of a sent mail does nothing, and nothing more arrives.
        Assert.False(await inbox.RetryMailAsync(mailId));
        await Task.Delay(1000);
        Assert.Single(_smtp.Messages());
        Assert.DoesNotContain(await inbox.ListUndeliveredMailsAsync(), m => m.Id == mailId);
    }

    [Fact]
    public async Task RetryMail_UnknownOrNotAbandoned_False()
    {
        Assert.False(await _app.Service<IFormEntryInbox>().RetryMailAsync(Guid.NewGuid()));
    }

    private async Task<Guid> WaitAsync(Func<FormsDbContext, Task<Guid?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var db = _app.Db();
            if (await probe(db) is { } id)
            {
                return id;
            }

            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the outbox");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
