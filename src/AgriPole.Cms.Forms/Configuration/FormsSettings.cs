namespace AgriPole.Cms.Forms.Configuration;

/// <summary>Bound from "AgriPole:Forms": anti-spam, outbox and retention timings.</summary>
public sealed class FormsSettings
{
    public const string SectionName = "AgriPole:Forms";

    /// <summary>A form posted sooner than this after it was rendered is taken for a bot.</summary>
    public TimeSpan MinimumFillTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Submissions allowed per client IP within <see cref="RateLimitWindow"/> (HTML form and API together).</summary>
    public int RateLimitPermits { get; set; } = 10;

    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Key of the HMAC applied to client IPs before storing them; set it per site to stop dictionary reversal.</summary>
    public string IpHashKey { get; set; } = "agripole-forms";

    /// <summary>Absolute base of links in mails ("https://www.agripole.example"); the request's own host when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base of links in mails: <see cref="PublicBaseUrl"/>, else the request's own scheme, host and path base; no trailing slash.</summary>
    public string LinkBase(Microsoft.AspNetCore.Http.HttpRequest request) =>
        PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int OutboxMaxAttempts { get; set; } = 12;

    /// <summary>First retry delay; doubled at each failure up to <see cref="OutboxMaxRetryDelay"/>.</summary>
    public TimeSpan OutboxBaseRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan OutboxMaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a node owns a row it is sending; another node may take it over after this.</summary>
    public TimeSpan OutboxLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Connect and command timeout of the SMTP client: a hanging server must not hold the sender forever.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Sent or abandoned mails (which carry the visitor's data) are deleted after this many days.</summary>
    public int OutboxRetentionDays { get; set; } = 30;
}
