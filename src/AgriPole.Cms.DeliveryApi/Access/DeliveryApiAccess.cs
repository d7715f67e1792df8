using System.Security.Cryptography;
using System.Text;
using AgriPole.Cms.DeliveryApi.Configuration;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.DeliveryApi.Access;

/// <summary>Umbraco's ApiAccessService: who may read content, media and previews.</summary>
public static class DeliveryApiAccess
{
    public const string ApiKeyHeader = "Api-Key";
    public const string PreviewHeader = "Preview";

    /// <summary>The Api-Key header equals the configured key exactly (ordinal); an empty configured key never matches.</summary>
    public static bool HasValidApiKey(HttpRequest request, DeliveryApiSettings settings)
    {
        if (string.IsNullOrEmpty(settings.ApiKey) || !request.Headers.TryGetValue(ApiKeyHeader, out var values) || values.Count != 1)
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(values[0] ?? string.Empty);
        var expected = Encoding.UTF8.GetBytes(settings.ApiKey);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    /// <summary>"Preview: true" (any case); any other value means no preview.</summary>
    public static bool IsPreviewRequested(HttpRequest request) =>
        request.Headers.TryGetValue(PreviewHeader, out var values) && string.Equals(values.ToString().Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static bool CanReadContent(HttpRequest request, DeliveryApiSettings settings, bool preview) =>
        settings.Enabled && ((settings.PublicAccess && !preview) || HasValidApiKey(request, settings));

    public static bool CanReadMedia(HttpRequest request, DeliveryApiSettings settings) =>
        settings.Enabled && settings.Media.Enabled
        && ((settings.PublicAccess && settings.Media.PublicAccess) || HasValidApiKey(request, settings));

    /// <summary>Responses to these requests may be shared with other callers (never preview, never keyed).</summary>
    public static bool IsAnonymousPublic(HttpRequest request, bool preview) => !preview && !request.Headers.ContainsKey(ApiKeyHeader);
}
