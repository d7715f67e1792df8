namespace AgriPole.Cms.DeliveryApi.Endpoints;

/// <summary>The query endpoints' parameters, read and checked by <see cref="QueryParameters.TryGetQuery"/>.</summary>
public readonly record struct QueryArguments(string Fetch, string[] Filters, string[] Sorts, int Skip, int Take);
