using System.Globalization;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.Models;
using AgriPole.Cms.Imaging.Configuration;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Urls;

/// <summary>
/// &lt;media-picture media="@logo" crop="logo" sizes="(min-width: 60em) 320px, 50vw" class="member-logo" /&gt;
/// renders <see cref="PictureMarkup"/>; nothing for a missing item or a non-image. Register with
/// <c>@addTagHelper *, AgriPole.Cms.Imaging</c>.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaPictureTagHelper(IImageUrlGenerator urls, IOptions<ImagingSettings> settings) : TagHelper
{
    public MediaItem? Media { get; set; }

    public string? Crop { get; set; }

    /// <summary>Comma-separated widths of the srcset; default AgriPole:Imaging:SrcsetWidths (400, 800, 1200).</summary>
    public string? Widths { get; set; }

    public string Sizes { get; set; } = "100vw";

    public string? Alt { get; set; }

    /// <summary>Culture of the alt text; default the current UI culture.</summary>
    public string? Culture { get; set; }

    public string? Class { get; set; }

    public bool Eager { get; set; }

    /// <summary>The picker's local focal point, when the property stores one.</summary>
    public FocalPoint? FocalPoint { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var widths = Widths is null
            ? settings.Value.SrcsetWidths
            : Widths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Where(v => v > 0 && v <= settings.Value.MaxWidth)
                .ToList();
        var html = PictureMarkup.Build(urls, Media, new PictureOptions
        {
            CropAlias = Crop,
            Widths = widths,
            Sizes = Sizes,
            Alt = Alt,
            Culture = Culture ?? CultureInfo.CurrentUICulture.Name,
            CssClass = Class,
            Eager = Eager,
            FocalPoint = FocalPoint,
        });
        output.TagName = null;
        if (html is null)
        {
            output.SuppressOutput();
            return;
        }

        output.Content.SetHtmlContent(html);
    }
}
