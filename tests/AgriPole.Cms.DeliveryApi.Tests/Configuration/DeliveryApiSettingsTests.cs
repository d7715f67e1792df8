using AgriPole.Cms.DeliveryApi.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.DeliveryApi.Tests.Configuration;

public class DeliveryApiSettingsTests
{
    private static DeliveryApiSettings Bind(params (string Key, string Value)[] values)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        foreach (var (key, value) in values)
        {
            builder.Configuration["Umbraco:CMS:DeliveryApi:" + key] = value;
        }

        builder.AddDeliveryApi();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<DeliveryApiSettings>>().Value;
    }

    [Fact]
    public void Bind_UmbracoKeys_FillSettings()
    {
        var settings = Bind(("Enabled", "true"), ("ApiKey", "k"), ("DisallowedContentTypeAliases:0", "errorPage"), ("RichTextOutputAsJson", "true"),
            ("Media:Enabled", "true"), ("Media:PublicAccess", "false"), ("OutputCache:Enabled", "true"), ("OutputCache:ContentDuration", "00:00:30"));
        Assert.True(settings.Enabled);
        Assert.Equal("k", settings.ApiKey);
        Assert.Equal(["errorPage"], settings.DisallowedContentTypeAliases);
        Assert.False(settings.IsContentTypeAllowed("ERRORPAGE"));
        Assert.True(settings.RichTextOutputAsJson);
        Assert.True(settings.Media.Enabled);
        Assert.False(settings.Media.PublicAccess);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.OutputCache.ContentDuration);
        Assert.Equal(TimeSpan.FromMinutes(1), settings.OutputCache.MediaDuration);
    }

    [Fact]
    public void Bind_Defaults_AreUmbracos()
    {
        var settings = Bind();
        Assert.False(settings.Enabled);
        Assert.True(settings.PublicAccess);
        Assert.False(settings.Media.Enabled);
        Assert.True(settings.Media.PublicAccess);
        Assert.False(settings.OutputCache.Enabled);
    }

    [Theory]
    [InlineData("PublicAccess", "false")]
    [InlineData("OutputCache:ContentDuration", "-00:00:01")]
    public void Bind_InvalidSettings_FailValidation(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() => Bind(("Enabled", "true"), (key, value)));
    }
}
