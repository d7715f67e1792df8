using System.Text.RegularExpressions;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Cms.DeliveryApi.Configuration;
using AgriPole.Cms.DeliveryApi.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>Builds the per-request <see cref="DeliveryApiContext"/> from the headers (culture, preview, start item).</summary>
public sealed partial class DeliveryApiRequestFactory(
    IPublishedSnapshotService snapshots,
    ICmsDefinitions definitions)
{
    public const string StartItemHeader = "Start-Item";

    public IPublishedSnapshot Current => snapshots.Current;

    public ICmsDefinitions Definitions => definitions;

    /// <summary>
    /// The Accept-Language culture when the whole value is a single well-formed tag (Umbraco ignores lists and q-values),
    /// with the configured casing when the language exists; null otherwise.
    /// </summary>
    public string? GetRequestedCulture(HttpRequest request)
    {
        var value = request.Headers[HeaderNames.AcceptLanguage].ToString().Trim();
        if (value.Length == 0 || value.Length > 64 || !CultureRegex().IsMatch(value))
        {
            return null;
        }

        return definitions.GetLanguage(value)?.IsoCode
            ?? definitions.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, value, StringComparison.OrdinalIgnoreCase))?.IsoCode
            ?? value;
    }

    public async Task<DeliveryApiContext> CreateAsync(string culture, bool preview, DeliveryApiSettings settings, CancellationToken cancellationToken)
    {
        var live = snapshots.Current;
        var snapshot = preview ? await snapshots.CreatePreviewSnapshotAsync(cancellationToken) : live;
        return new DeliveryApiContext(snapshot, culture, definitions.Languages, definitions.GetContentType, settings, live);
    }

    /// <summary>Applies the Start-Item header; false when it names no root (Umbraco: 404 with a bare string).</summary>
    public static bool TryApplyStartItem(HttpRequest request, ref DeliveryApiContext context)
    {
        if (!request.Headers.TryGetValue(StartItemHeader, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return true;
        }

        var start = Routing.ContentRouting.ResolveStartItem(context, values.ToString());
        if (start is null)
        {
            return false;
        }

        context = new DeliveryApiContext(context.Snapshot, context.Culture, context.Languages, context.ContentTypes, context.Settings, context.PublishedSnapshot)
        {
            StartItem = start,
        };
        return true;
    }

    [GeneratedRegex(@"^[\w-]*$")]
    private static partial Regex CultureRegex();
}
