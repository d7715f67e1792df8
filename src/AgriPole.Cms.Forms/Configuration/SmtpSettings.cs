namespace AgriPole.Cms.Forms.Configuration;

/// <summary>Bound from Umbraco's own "Umbraco:CMS:Global:Smtp" section.</summary>
public sealed class SmtpSettings
{
    public const string SectionName = "Umbraco:CMS:Global:Smtp";

    /// <summary>Sender address; mails wait in the outbox while it or <see cref="Host"/> is empty.</summary>
    public string? From { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string SecureSocketOptions { get; set; } = "Auto";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
