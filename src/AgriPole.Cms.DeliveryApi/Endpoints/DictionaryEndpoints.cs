using AgriPole.Cms.DeliveryApi.Access;
using AgriPole.Cms.DeliveryApi.Caching;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>
/// GET dictionary?culture=: the UI strings (Umbraco dictionary items) of one culture, { culture, items: { key: text } }.
/// Beyond Umbraco, for headless front ends; same access rules as content.
/// </summary>
public sealed class DictionaryEndpoints(DeliveryApiRequestFactory requests, IOptionsMonitor<DeliveryApiSettings> settingsMonitor)
{
    public Task GetAsync(HttpContext http)
    {
        var settings = settingsMonitor.CurrentValue;
        if (!DeliveryApiAccess.CanReadContent(http.Request, settings, preview: false))
        {
            return DeliveryApiResponses.ProblemAsync(http, StatusCodes.Status401Unauthorized);
        }

        DeliveryApiResponses.AddVary(http, "Accept-Language");
        var definitions = requests.Definitions;
        var requested = http.Request.Query["culture"].ToString();
        string culture;
        if (requested.Length > 0)
        {
            var language = definitions.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, requested, StringComparison.OrdinalIgnoreCase));
            if (language is null)
            {
                return DeliveryApiResponses.ValidationProblemAsync(http, "culture", "Unknown culture; use one of: " + string.Join(", ", definitions.Languages.Select(l => l.IsoCode)) + ".");
            }

            culture = language.IsoCode;
        }
        else
        {
            culture = requests.GetRequestedCulture(http.Request) is { } c && definitions.Languages.Any(l => l.IsoCode == c) ? c : definitions.DefaultLanguage.IsoCode;
        }

        var fallback = definitions.Languages.FirstOrDefault(l => l.IsoCode == culture)?.FallbackIsoCode ?? definitions.DefaultLanguage.IsoCode;
        var dictionary = requests.Current.Dictionary;
        var response = JsonRenderer.Render(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("culture"u8, culture);
            writer.WritePropertyName("items"u8);
            writer.WriteStartObject();
            foreach (var (key, item) in dictionary.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, item.Values.Get(culture, fallback));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        return DeliveryApiResponses.WriteJsonAsync(http, response);
    }
}
