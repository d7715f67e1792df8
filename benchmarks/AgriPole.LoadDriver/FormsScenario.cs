using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;

namespace AgriPole.LoadDriver;

/// <summary>
/// Issue #8: visitors submit the contact form as browsers do (the rendered page gives the antiforgery cookie and
/// token, the signed render stamp and a fresh idempotency token; the honeypot stays empty), the pages rendered first and
/// the submissions then sent 50 at a time; then the
/// entries and their notification mails are counted in the database the app writes.
/// </summary>
public sealed class FormsScenario(DriverOptions options, Report report)
{
    private const double TargetP95Ms = 200;
    private const string Domain = "@bench.example.org";

    // Per run, so a run against a database that already holds earlier runs' entries counts only its own.
    private readonly string _marker = $".{Guid.NewGuid().ToString("N")[..8]}{Domain}";

    private readonly LatencyRecorder _submit = new("submit the contact form (POST)");
    private readonly LatencyRecorder _render = new("render the contact page (GET, all before the posts)");
    private int _unexpected;

    public async Task RunAsync()
    {
        var page = options.ManifestString("contactPage.fr-FR") ?? "/umbraco/forms/form/contact?culture=fr-FR";
        var ceiling = await Ceiling.MeasureAsync(options, options.FormConcurrency, options.FormSubmissions);
        await WarmUpAsync(page);
        var before = Count();
        // One browser per visitor: its own cookies (antiforgery) and connection. Visitors first open the pages they will
        // submit (timed apart: a person spends seconds filling a form between the two), then the submissions are sent
        // 50 at a time, so the submission latency measures submissions, not page renders queued with them.
        var clients = Enumerable.Range(0, options.FormConcurrency).Select(_ => options.NewClient()).ToList();
        try
        {
            var next = -1;
            var prepared = await Task.WhenAll(clients.Select(async client =>
            {
                var mine = new List<(int N, string Action, List<KeyValuePair<string, string>> Fields)>();
                int n;
                while ((n = Interlocked.Increment(ref next)) < options.FormSubmissions)
                {
                    if (await PrepareAsync(client, page, n) is { } form)
                    {
                        mine.Add((n, form.Action, form.Fields));
                    }
                }

                return mine;
            }));
            await Task.WhenAll(clients.Select(async (client, i) =>
            {
                foreach (var (n, action, fields) in prepared[i])
                {
                    await SubmitAsync(client, action, fields, n);
                }
            }));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        var after = Count();
        var entries = after.Entries - before.Entries;
        var mails = after.Mails - before.Mails;
        const string section = "forms (#8)";
        if (ceiling is not null)
        {
            report.Add(section, ceiling);
        }

        report.Add(section, _submit);
        report.Add(section, _render);
        var p95 = _submit.Percentile(95);
        report.Verdict($"#8 {options.FormSubmissions} submissions at {options.FormConcurrency} concurrent: {options.FormSubmissions} entries", $"{entries} entries stored", entries == options.FormSubmissions);
        report.Verdict("#8 no 5xx", $"{_submit.ServerErrors + _render.ServerErrors} answers 5xx; posts: {_submit.StatusSummary()}", _submit.ServerErrors + _render.ServerErrors == 0 && _unexpected == 0);
        report.Verdict($"#8 submission p95 < {TargetP95Ms} ms", $"p95 {Report.Ms(p95)} ms", p95 < TargetP95Ms);
        report.Verdict($"#8 outbox queued one notification per entry", $"{mails} mails for those entries ({after.Sent - before.Sent} sent, the rest waiting: SMTP points at a closed port)", mails == entries && entries > 0);
        report.Note(string.Create(CultureInfo.InvariantCulture,
            $"Forms: page `{page}`; after 10 untimed warm-up submissions, {options.FormConcurrency} visitors first render the pages they will submit (timed apart), then post every field of each rendered form, {options.FormConcurrency} posts at a time; {_unexpected} posts did not answer 303. Entries and mails counted in `formsEntry` / `formsOutboxMail` (e-mail addresses ending in `{_marker}`, one suffix per run)."));
    }

    /// <summary>
    /// A few untimed submissions first (as BenchmarkDotNet warms up): the first post of a fresh process pays the JIT of
    /// the whole submission path and EF's first insert, which otherwise lands on the first 50 concurrent posts at once
    /// and alone sets p95. Their addresses carry another marker, so they are not counted with the run's entries.
    /// </summary>
    private async Task WarmUpAsync(string page)
    {
        using var client = options.NewClient();
        for (var i = 0; i < 10; i++)
        {
            if (await PrepareAsync(client, page, i, ".warmup" + Domain, timed: false) is { } form)
            {
                using var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(form.Fields));
            }
        }
    }

    private async Task<(string Action, List<KeyValuePair<string, string>> Fields)?> PrepareAsync(HttpClient client, string page, int n, string? marker = null, bool timed = true)
    {
        var (rendered, html) = timed ? await _render.TimeAsync(() => client.GetAsync(page)) : await UntimedAsync(client, page);
        rendered.Dispose();
        if (rendered.StatusCode != HttpStatusCode.OK)
        {
            Interlocked.Increment(ref _unexpected);
            return null;
        }

        var fields = HtmlForms.Fields(html, "form[action^=\"/umbraco/forms/submit/contact\"]");
        var action = HtmlForms.Action(html, "form[action^=\"/umbraco/forms/submit/contact\"]");
        HtmlForms.Set(fields, "name", $"Visiteur {n}");
        HtmlForms.Set(fields, "email", $"visiteur{n}{marker ?? _marker}");
        HtmlForms.Set(fields, "organisation", "Banc d'essai");
        HtmlForms.Set(fields, "subject", "project");
        HtmlForms.Set(fields, "message", $"Bonjour, ceci est le message numéro {n} du banc d'essai.");
        HtmlForms.Set(fields, "consent", "true");
        return (action, fields);
    }

    private static async Task<(HttpResponseMessage Response, string Body)> UntimedAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(page);
        return (response, await response.Content.ReadAsStringAsync());
    }

    private async Task SubmitAsync(HttpClient client, string action, List<KeyValuePair<string, string>> fields, int n)
    {
        var (response, body) = await _submit.TimeAsync(() => client.PostAsync(action, new FormUrlEncodedContent(fields)));
        response.Dispose();
        if (response.StatusCode != HttpStatusCode.SeeOther)
        {
            Interlocked.Increment(ref _unexpected);
            Console.Error.WriteLine($"[driver] submission {n} answered {(int)response.StatusCode}: {(body.Length > 300 ? body[..300] : body)}");
        }
    }

    private (long Entries, long Mails, long Sent) Count()
    {
        if (options.DatabaseFile is null)
        {
            return (0, 0, 0);
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.DatabaseFile, Mode = SqliteOpenMode.ReadOnly, DefaultTimeout = 30 }.ToString());
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$marker", "%" + _marker);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        const string entries = "SELECT \"Key\" FROM formsEntry WHERE FormAlias = 'contact' AND Email LIKE $marker";
        return (
            Scalar("SELECT COUNT(DISTINCT Email) FROM formsEntry WHERE FormAlias = 'contact' AND Email LIKE $marker"),
            Scalar($"SELECT COUNT(*) FROM formsOutboxMail WHERE EntryKey IN ({entries})"),
            Scalar($"SELECT COUNT(*) FROM formsOutboxMail WHERE SentUtc IS NOT NULL AND EntryKey IN ({entries})"));
    }
}
