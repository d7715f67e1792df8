namespace AgriPole.Cms.Forms.Configuration;

/// <summary>Bound from "Umbraco:Forms:Security" (Umbraco Forms' keys for its headless API).</summary>
public sealed class FormsSecuritySettings
{
    public const string SectionName = "Umbraco:Forms:Security";

    /// <summary>When true, API posts must carry an antiforgery token (header "RequestVerificationToken") unless they give the API key.</summary>
    public bool EnableAntiForgeryTokenForFormsApi { get; set; } = true;

    /// <summary>Server-to-server access: requests with this value in the "Api-Key" header pass without antiforgery.</summary>
    public string? FormsApiKey { get; set; }
}
