namespace AgriPole.Cms.DeliveryApi.Caching;

/// <summary>A finished JSON body and its strong ETag.</summary>
public sealed record RenderedResponse(byte[] Body, string ETag)
{
    public static RenderedResponse Create(byte[] body) => new(body, ComputeETag(body));

    // FNV-1a over the body: cheap, and a strong validator only needs to change when the bytes do.
    private static string ComputeETag(ReadOnlySpan<byte> body)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in body)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return "\"" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture) + body.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\"";
    }
}
