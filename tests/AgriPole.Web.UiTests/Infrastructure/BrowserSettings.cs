namespace AgriPole.Web.UiTests.Infrastructure;

/// <summary>
/// How the UI tests start Chromium. Always Debian's browser: Playwright must never download one (there is no network
/// for it here and CI would hang or fail on it).
/// </summary>
public static class BrowserSettings
{
    /// <summary>Debian's Chromium; CHROMIUM_PATH overrides it for a machine that has it elsewhere.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>
    /// No sandbox because CI runs as root; the background-networking flags stop Chromium from calling Google's hosts,
    /// which this machine's closed network refuses (many at a time).
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];
}
