using System.Globalization;
using AgriPole.Cms.DeliveryApi.Rendering;
using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>Reads the query string by hand so that every bad value is a 400, never a binding exception.</summary>
public static class QueryParameters
{
    public static bool TryGetInt(HttpRequest request, string name, int defaultValue, out int value, out string? error)
    {
        error = null;
        value = defaultValue;
        var raw = request.Query[name];
        if (raw.Count == 0 || string.IsNullOrEmpty(raw[^1]))
        {
            return true;
        }

        if (!int.TryParse(raw[^1], NumberStyles.Integer, CultureInfo.InvariantCulture, out value) || value < 0)
        {
            error = $"The value '{Truncate(raw[^1]!)}' is not valid for {name}.";
            return false;
        }

        return true;
    }

    /// <summary>
    /// The query endpoints' parameters (fetch, filter, sort, skip, take); false with the offending parameter's name and
    /// the message when skip or take is not a non-negative number.
    /// </summary>
    public static bool TryGetQuery(HttpRequest request, out QueryArguments arguments, out string? name, out string? error)
    {
        arguments = default;
        name = "skip";
        if (!TryGetInt(request, name, 0, out var skip, out error))
        {
            return false;
        }

        name = "take";
        if (!TryGetInt(request, name, 10, out var take, out error))
        {
            return false;
        }

        name = null;
        arguments = new QueryArguments(
            request.Query["fetch"].ToString(),
            [.. request.Query["filter"].Select(f => f ?? string.Empty)],
            [.. request.Query["sort"].Select(s => s ?? string.Empty)],
            skip,
            take);
        return true;
    }

    public static bool TryGetIds(HttpRequest request, out List<Guid> ids, out string? error)
    {
        ids = [];
        error = null;
        var seen = new HashSet<Guid>();
        foreach (var raw in request.Query["id"])
        {
            if (string.IsNullOrEmpty(raw))
            {
                continue;
            }

            if (!Guid.TryParse(raw, out var id))
            {
                error = $"The value '{Truncate(raw)}' is not valid.";
                return false;
            }

            if (seen.Add(id))
            {
                ids.Add(id);
            }
        }

        return true;
    }

    /// <summary>Parses expand and fields; false (a 400) when either is malformed.</summary>
    public static bool TryGetSpecs(HttpRequest request, out PropertySpec? expand, out PropertySpec? fields, out string? error)
    {
        expand = null;
        fields = null;
        error = null;
        if (!request.QueryString.HasValue)
        {
            return true;
        }

        if (request.Query.TryGetValue("expand", out var e) && e.Count > 0)
        {
            if (!PropertySpecParser.TryParse(e[^1] ?? string.Empty, out var parsed))
            {
                error = "expand";
                return false;
            }

            expand = parsed;
        }

        if (request.Query.TryGetValue("fields", out var f) && f.Count > 0)
        {
            if (!PropertySpecParser.TryParse(f[^1] ?? string.Empty, out var parsed))
            {
                error = "fields";
                return false;
            }

            fields = parsed;
        }

        return true;
    }

    private static string Truncate(string value) => value.Length > 64 ? value[..64] + "…" : value;
}
