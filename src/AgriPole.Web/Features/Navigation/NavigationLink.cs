namespace AgriPole.Web.Features.Navigation;

/// <summary>A link to a published node in one culture.</summary>
public sealed record NavigationLink(Guid Key, string Title, string Url);
