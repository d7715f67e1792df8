namespace AgriPole.Cms.BackOffice.Security;

/// <summary>
/// Where the login may send the user afterwards: only a back-office path on this site. Anything else (other hosts,
/// protocol-relative "//evil", "/\evil", "https:evil", their percent-encoded forms, control characters) falls back.
/// </summary>
public static class ReturnUrl
{
    public const string Default = "/umbraco";

    public static string Sanitize(string? returnUrl) => IsSafe(returnUrl) ? returnUrl! : Default;

    public static bool IsSafe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2000)
        {
            return false;
        }

        // Decode until stable so "%2F%2Fevil" and "%252F%252Fevil" are judged as what a lenient server might see.
        var decoded = returnUrl;
        for (var i = 0; i < 5; i++)
        {
            var next = Uri.UnescapeDataString(decoded);
            if (next == decoded)
            {
                break;
            }

            decoded = next;
        }

        foreach (var candidate in (string[])[returnUrl, decoded])
        {
            if (candidate.Any(c => char.IsControl(c) || c == '\\')
                || candidate.Contains("//", StringComparison.Ordinal)
                || candidate.Contains(':', StringComparison.Ordinal)
                || !(candidate.Equals("/umbraco", StringComparison.OrdinalIgnoreCase)
                    || candidate.StartsWith("/umbraco/", StringComparison.OrdinalIgnoreCase)
                    || candidate.StartsWith("/umbraco?", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }
}
