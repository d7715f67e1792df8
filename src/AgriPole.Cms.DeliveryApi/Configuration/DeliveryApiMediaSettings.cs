namespace AgriPole.Cms.DeliveryApi.Configuration;

/// <summary>"Umbraco:CMS:DeliveryApi:Media".</summary>
public sealed class DeliveryApiMediaSettings
{
    /// <summary>Needs <see cref="DeliveryApiSettings.Enabled"/> too.</summary>
    public bool Enabled { get; set; }

    /// <summary>Can only restrict further: media is public only when the content API is public as well.</summary>
    public bool PublicAccess { get; set; } = true;
}
