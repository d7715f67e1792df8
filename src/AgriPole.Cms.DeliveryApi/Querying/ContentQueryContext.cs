using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.DeliveryApi.Querying.Umbraco;
using AgriPole.Cms.DeliveryApi.Rendering;
using AgriPole.Cms.DeliveryApi.Routing;

namespace AgriPole.Cms.DeliveryApi.Querying;

/// <summary>What query options see: the request context and, for Umbraco handlers, the snapshot's field index.</summary>
public sealed class ContentQueryContext(DeliveryApiContext context)
{
    public DeliveryApiContext Context { get; } = context;

    /// <summary>Relevance per node key, set by the <c>search:</c> filter (summed over several); null without one.</summary>
    public IReadOnlyDictionary<Guid, float>? RelevanceScores { get; set; }

    /// <summary>Set when an option answered from incomplete data (the search index still being built): not output-cached.</summary>
    public bool Incomplete { get; set; }

    /// <summary>The order used when no <c>sort</c> is given (a filter may set it: <c>search:</c> → relevance); null → tree order.</summary>
    public Comparison<PublishedContent>? DefaultOrder { get; set; }

    public ContentFieldIndex FieldIndex => ContentFieldIndex.For(Context.Snapshot, Context.Culture);

    /// <summary>The name of a candidate in the request culture (invariant types: their only name).</summary>
    public string GetName(PublishedContent content) => ContentRouting.GetVariant(Context, content, Context.Culture)?.Name ?? string.Empty;

    /// <summary>Resolves the id-or-path value of a selector (§4.1): a GUID, or a path resolved like the by-route endpoint.</summary>
    public PublishedContent? ResolveIdOrPath(string value)
    {
        if (Guid.TryParse(value, out var key))
        {
            return Context.Snapshot.GetById(key);
        }

        return value.Length == 0 ? null : ContentRouting.ResolvePath(Context, value, Context.StartItem);
    }
}
