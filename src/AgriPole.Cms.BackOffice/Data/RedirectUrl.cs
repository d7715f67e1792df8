namespace AgriPole.Cms.BackOffice.Data;

/// <summary>A 301 from a URL a published page used to have to the page (Umbraco's umbracoRedirectUrl).</summary>
public sealed class RedirectUrl
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>Site-relative, lower case, with trailing slash: "/ancien-nom/".</summary>
    public required string OldUrl { get; set; }

    public Guid ContentKey { get; set; }

    public required string Culture { get; set; }

    public DateTime CreateDate { get; set; }
}
