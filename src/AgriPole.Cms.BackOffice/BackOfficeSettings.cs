using System.ComponentModel.DataAnnotations;

namespace AgriPole.Cms.BackOffice;

/// <summary>Bound from "AgriPole:BackOffice".</summary>
public sealed class BackOfficeSettings
{
    public const string SectionName = "AgriPole:BackOffice";

    /// <summary>Sliding idle timeout of the back-office cookie.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Failed logins before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Login POSTs allowed per client address and sliding window, counted in the database (all nodes together); more get 429.</summary>
    [Range(1, 10000)]
    public int LoginPermitLimit { get; set; } = 10;

    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// IANA time zone in which editors enter and read scheduled dates: the cluster works on French time, and a date typed
    /// as "09:00" means 09:00 in Paris, summer or winter. Stored and run in UTC.
    /// </summary>
    [Required]
    [CustomValidation(typeof(BackOfficeSettings), nameof(ValidateTimeZone))]
    public string TimeZone { get; set; } = "Europe/Paris";

    /// <summary>How often the scheduler looks for due publish/unpublish actions.</summary>
    public TimeSpan SchedulerPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The configured zone; <see cref="TimeZone"/> is validated at start, so this does not fail later.</summary>
    public TimeZoneInfo ResolveTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public static ValidationResult? ValidateTimeZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? ValidationResult.Success
            : new ValidationResult($"{SectionName}:TimeZone '{id}' is not a known time zone (use an IANA id such as Europe/Paris).");
}
