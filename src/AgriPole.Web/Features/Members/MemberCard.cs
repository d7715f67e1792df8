using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Web.Features.Members;

/// <summary>A member organisation as the directory, the logo wall and the member page show it.</summary>
/// <param name="Website">Only http(s) URLs; anything else is dropped.</param>
public sealed record MemberCard(
    PublishedContent Node,
    string Name,
    string? Url,
    string? Kind,
    string? KindLabel,
    string? Department,
    string? Website,
    string? Description,
    bool IsExample,
    MediaItem? Logo);
