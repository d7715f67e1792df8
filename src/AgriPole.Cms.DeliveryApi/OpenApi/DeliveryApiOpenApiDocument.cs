using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgriPole.Cms.DeliveryApi.OpenApi;

/// <summary>
/// The OpenAPI document served at /umbraco/swagger/delivery/swagger.json: Umbraco's contract for the eight v2
/// operations (embedded as delivery-api.json, the shape we answer with), plus our dictionary operation.
/// </summary>
public static class DeliveryApiOpenApiDocument
{
    public const string DictionaryPath = "/umbraco/delivery/api/v2/dictionary";

    private static readonly Lazy<byte[]> Json = new(Build);

    public static byte[] Bytes => Json.Value;

    public static JsonNode Load()
    {
        using var stream = typeof(DeliveryApiOpenApiDocument).Assembly.GetManifestResourceStream("AgriPole.Cms.DeliveryApi.OpenApi.delivery-api.json")
            ?? throw new InvalidOperationException("The embedded OpenAPI contract is missing.");
        var document = JsonNode.Parse(stream)!;
        document["paths"]![DictionaryPath] = JsonNode.Parse("""
            {
              "get": {
                "tags": [ "Dictionary" ],
                "operationId": "GetDictionary2.0",
                "summary": "UI strings (Umbraco dictionary items) in one culture. AgriPole extension, not part of Umbraco.",
                "parameters": [
                  { "name": "culture", "in": "query", "description": "ISO code, e.g. fr-FR or en-US; defaults to Accept-Language, then the default language.", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "type": "object", "properties": { "culture": { "type": "string" }, "items": { "type": "object", "additionalProperties": { "type": "string" } } } } } } },
                  "400": { "description": "Bad Request", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ProblemDetails" } } } }
                }
              }
            }
            """);
        document["tags"]!.AsArray().Add(new JsonObject { ["name"] = "Dictionary" });
        return document;
    }

    /// <summary>Our own small reference page, generated from the document (every value HTML-encoded).</summary>
    public static string RenderReferencePage()
    {
        var document = Load();
        var html = HtmlEncoder.Default;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Umbraco Delivery API – AgriPole</title>")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2b1f}")
          .Append("h2{border-top:1px solid #ccc;padding-top:1rem}code{background:#eef3ee;padding:0 .25rem}table{border-collapse:collapse;width:100%}")
          .Append("td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}.m{font-weight:700;color:#2f6d3a}</style></head><body>");
        sb.Append("<h1>").Append(html.Encode(document["info"]?["title"]?.GetValue<string>() ?? "Delivery API")).Append("</h1>");
        sb.Append("<p>OpenAPI document: <a href=\"/umbraco/swagger/delivery/swagger.json\"><code>/umbraco/swagger/delivery/swagger.json</code></a>. ")
          .Append("Authentication: the <code>Api-Key</code> header when public access is off, and for <code>Preview: true</code>.</p>");
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                sb.Append("<h2 id=\"").Append(html.Encode(operation?["operationId"]?.GetValue<string>() ?? path)).Append("\"><span class=\"m\">")
                  .Append(html.Encode(method.ToUpperInvariant())).Append("</span> <code>").Append(html.Encode(path)).Append("</code></h2>");
                if (operation?["summary"]?.GetValue<string>() is { } summary)
                {
                    sb.Append("<p>").Append(html.Encode(summary)).Append("</p>");
                }

                if (operation?["parameters"] is JsonArray parameters && parameters.Count > 0)
                {
                    sb.Append("<table><tr><th>Parameter</th><th>In</th><th>Description</th></tr>");
                    foreach (var p in parameters)
                    {
                        sb.Append("<tr><td><code>").Append(html.Encode(p?["name"]?.GetValue<string>() ?? string.Empty)).Append("</code></td><td>")
                          .Append(html.Encode(p?["in"]?.GetValue<string>() ?? string.Empty)).Append("</td><td>")
                          .Append(html.Encode(p?["description"]?.GetValue<string>() ?? string.Empty)).Append("</td></tr>");
                    }

                    sb.Append("</table>");
                }

                if (operation?["responses"] is JsonObject responses)
                {
                    sb.Append("<p>Responses: ").Append(html.Encode(string.Join(", ", responses.Select(r => r.Key)))).Append("</p>");
                }
            }
        }

        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static byte[] Build() => JsonSerializer.SerializeToUtf8Bytes(Load(), Indented);
}
