namespace AgriPole.Cms.DeliveryApi.Configuration;

/// <summary>"Umbraco:CMS:DeliveryApi:OutputCache"; durations default to Umbraco's one minute.</summary>
public sealed class DeliveryApiOutputCacheSettings
{
    public bool Enabled { get; set; }

    public TimeSpan ContentDuration { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MediaDuration { get; set; } = TimeSpan.FromMinutes(1);
}
