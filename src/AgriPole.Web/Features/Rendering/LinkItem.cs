namespace AgriPole.Web.Features.Rendering;

/// <summary>A resolved link of a multi URL picker: a safe URL, a label and whether it opens elsewhere.</summary>
public sealed record LinkItem(string Name, string Url, bool OpensInNewWindow, Guid? ContentKey);
