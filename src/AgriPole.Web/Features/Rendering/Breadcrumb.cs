namespace AgriPole.Web.Features.Rendering;

public sealed record Breadcrumb(string Title, string Url, bool IsCurrent);
