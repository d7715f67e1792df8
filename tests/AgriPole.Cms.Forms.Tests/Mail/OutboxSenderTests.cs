using System.Net;
using AgriPole.Cms.Forms.Mail;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace AgriPole.Cms.Forms.Tests.Mail;

public sealed class OutboxSenderTests : IDisposable
{
    private readonly SmtpTestServer _smtp = new();
    private readonly FormsTestApp _app;

    public OutboxSenderTests()
    {
        _app = new FormsTestApp(_smtp.ConfigureApp);
    }

    [Fact]
    public async Task Notification_SmtpUp_ArrivesIntactWithAccentsAndSubject()
    {
        _smtp.Start();
        var form = await _app.GetFormAsync("contact", "en-US");

        var response = await _app.PostAsync(form, FormsTestApp.ValidContact(message: "Projet « irrigation » : coût ≈ 12 000 €, délai 3 mois.\nMerci !"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var message = Assert.Single(await _smtp.WaitForMessagesAsync(1));
        Assert.Equal("Nouveau message depuis le site", message.Subject);
        Assert.Equal("contact@agripole.example", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
        Assert.Equal("site@agripole.example", Assert.IsType<MailboxAddress>(Assert.Single(message.From)).Address);
        Assert.Equal("elodie@example.fr", Assert.IsType<MailboxAddress>(Assert.Single(message.ReplyTo)).Address);
        Assert.Contains("Nom et prénom : Élodie Garçon", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Projet « irrigation » : coût ≈ 12 000 €, délai 3 mois.\nMerci !", message.TextBody!.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Élodie Garçon", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Langue : en-US", message.TextBody, StringComparison.Ordinal);

        await using var db = _app.Db();
        var row = await db.OutboxMails.SingleAsync();
        Assert.NotNull(row.SentUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Null(row.LeaseOwner);
    }

    [Fact]
    public async Task Submission_SmtpDown_EntryStoredAndMailSentOnceAfterSmtpReturns()
    {
        // The server is not running: the post must neither fail nor wait for SMTP.
        var form = await _app.GetFormAsync("contact");
        var response = await _app.PostAsync(form, FormsTestApp.ValidContact());
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        await using (var db = _app.Db())
        {
            Assert.Equal(1, await db.Entries.CountAsync());
        }

        // The sender tries, fails, and records why.
        var failed = await WaitUntilAsync(async () =>
        {
            await using var db = _app.Db();
            var row = await db.OutboxMails.SingleAsync();
            return row.Attempts >= 2 && row.LastError is not null && row.SentUtc is null;
        });
        Assert.True(failed, "the sender should have recorded failed attempts");

        _smtp.Start();
        await _smtp.WaitForMessagesAsync(1);

        // Let several more passes run: still exactly one message.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(_smtp.Messages());
        await using (var db = _app.Db())
        {
            var row = await db.OutboxMails.SingleAsync();
            Assert.NotNull(row.SentUtc);
            Assert.Null(row.LastError);
        }
    }

    [Fact]
    public async Task SendDue_ConcurrentPasses_EachMailDeliveredOnce()
    {
        _smtp.Start();
        for (var i = 0; i < 5; i++)
        {
            var form = await _app.GetFormAsync("contact");
            Assert.Equal(HttpStatusCode.SeeOther, (await _app.PostAsync(form, FormsTestApp.ValidContact(email: $"visitor{i}@example.fr"))).StatusCode);
        }

        // The hosted sender runs too: three passes race over the same rows, as two nodes would.
        var sender = _app.Service<OutboxSender>();
        await Task.WhenAll(sender.SendDueAsync(default), sender.SendDueAsync(default), sender.SendDueAsync(default));
        var messages = await _smtp.WaitForMessagesAsync(5);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(5, _smtp.Messages().Count);
        Assert.Equal(5, messages.Select(m => m.ReplyTo.Mailboxes.Single().Address).Distinct().Count());
    }

    [Fact]
    public async Task Submission_SmtpHanging_StoredAtOnceAndFailureRecordedAfterTimeout()
    {
        // A server that accepts the connection and never says a word.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, _smtp.Port);
        silent.Start();
        var held = new List<System.Net.Sockets.TcpClient>();
        using var accepting = new CancellationTokenSource();
        var acceptLoop = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    held.Add(await silent.AcceptTcpClientAsync(accepting.Token));
                }
            }
            catch (OperationCanceledException)
            {
            }
        });

        var form = await _app.GetFormAsync("contact");
        var started = DateTime.UtcNow;
        var response = await _app.PostAsync(form, FormsTestApp.ValidContact());

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4), "the post must not wait for SMTP");
        var recorded = await WaitUntilAsync(async () =>
        {
            await using var db = _app.Db();
            var row = await db.OutboxMails.SingleAsync();
            return row.LastError is not null && row.SentUtc is null;
        });
        Assert.True(recorded, "the timeout should be recorded on the row");
        await accepting.CancelAsync();
        await acceptLoop;
        silent.Stop();
        held.ForEach(c => c.Dispose());
    }

    [Fact]
    public async Task Submission_WhileSmtpUnreachable_DoesNotWakeAnotherFailingPass()
    {
        // A 3 s first retry delay: after a failed connection the sender waits it out instead of trying again for each
        // new submission (each try costs a connection attempt and two writes while visitors are posting).
        using var app = new FormsTestApp(settings =>
        {
            _smtp.ConfigureApp(settings);
            settings["AgriPole:Forms:OutboxBaseRetryDelay"] = "00:00:03";
            settings["AgriPole:Forms:OutboxMaxRetryDelay"] = "00:00:03";
        });
        var first = await app.GetFormAsync("contact");
        Assert.Equal(HttpStatusCode.SeeOther, (await app.PostAsync(first, FormsTestApp.ValidContact("premier@example.fr"))).StatusCode);
        Assert.True(await WaitUntilAsync(async () =>
        {
            await using var db = app.Db();
            return (await db.OutboxMails.SingleAsync()).Attempts == 1;
        }), "the first mail should have been tried once");

        var second = await app.GetFormAsync("contact");
        Assert.Equal(HttpStatusCode.SeeOther, (await app.PostAsync(second, FormsTestApp.ValidContact("second@example.fr"))).StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1));

        await using (var db = app.Db())
        {
            Assert.Equal(2, await db.Entries.CountAsync());
            var attempts = await db.OutboxMails.OrderBy(m => m.CreatedUtc).Select(m => m.Attempts).ToListAsync();
            Assert.Equal([1, 0], attempts);
        }

        // Once the delay is over the sender tries again, and delivers when the server is back.
        _smtp.Start();
        await _smtp.WaitForMessagesAsync(2);
    }

    private static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        _app.Dispose();
        _smtp.Dispose();
    }
}
