namespace AgriPole.Cms.DeliveryApi.Routing;

/// <summary>Umbraco's ApiContentRoute: a root-relative path and the root it is relative to.</summary>
public sealed record ApiRoute(string Path, Guid StartItemId, string StartItemPath);
