using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>A form read from umbraco-config/forms/{alias}.json. Immutable.</summary>
public sealed class FormDefinition
{
    public required Guid Key { get; init; }

    /// <summary>What the form picker stores: "contact", "membership", "newsletter".</summary>
    public required string Alias { get; init; }

    public required LocalizedText Name { get; init; }

    public LocalizedText Description { get; init; } = LocalizedText.Empty;

    public required LocalizedText SubmitLabel { get; init; }

    public required IReadOnlyList<FormField> Fields { get; init; }

    /// <summary>Who is notified of each entry; may be empty (the newsletter notifies nobody).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Subject of the notification mail; the form name is used when empty.</summary>
    public LocalizedText NotificationSubject { get; init; } = LocalizedText.Empty;

    /// <summary>Shown after a submission when <see cref="ConfirmationPageKey"/> is not set or not published.</summary>
    public required LocalizedText ConfirmationMessage { get; init; }

    /// <summary>A content page to redirect to after a submission (Umbraco Forms' "go to page on submit").</summary>
    public Guid? ConfirmationPageKey { get; init; }

    /// <summary>Entries older than this are deleted by the retention purge.</summary>
    public required int RetentionDays { get; init; }

    /// <summary>Set on a newsletter form: the subscriber confirms by a link sent by e-mail.</summary>
    public DoubleOptInSettings? DoubleOptIn { get; init; }

    /// <summary>The file it was read from, relative to umbraco-config (for messages).</summary>
    public string SourceFile { get; init; } = string.Empty;

    public FormField? GetField(string alias) =>
        Fields.FirstOrDefault(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first e-mail field: the visitor's address (reply-to, GDPR look-ups).</summary>
    public FormField? EmailField => Fields.FirstOrDefault(f => f.Type == FormFieldType.Email);
}

/// <summary>Double opt-in of a newsletter form: which field holds the address and what the confirmation mail says.</summary>
/// <param name="Body">Plain-text body; "{link}" is replaced by the confirmation link.</param>
public sealed record DoubleOptInSettings(string EmailField, int TokenLifetimeHours, LocalizedText Subject, LocalizedText Body);
