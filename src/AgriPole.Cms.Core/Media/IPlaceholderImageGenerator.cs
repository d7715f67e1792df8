namespace AgriPole.Cms.Core.Media;

/// <summary>Draws the placeholder images the seed media asks for ("generate": { "kind": "placeholderLogo" }). Implemented by AgriPole.Cms.Imaging.</summary>
public interface IPlaceholderImageGenerator
{
    /// <summary>Writes a PNG to <paramref name="output"/>.</summary>
    GeneratedImage GeneratePlaceholderLogo(PlaceholderLogoRequest request, Stream output);
}

/// <param name="Text">Initials drawn on the image (A-Z, 0-9; other characters are skipped).</param>
/// <param name="Background">"#rrggbb".</param>
/// <param name="Foreground">"#rrggbb"; white when null.</param>
public sealed record PlaceholderLogoRequest(string Text, string Background, string? Foreground, int Width, int Height);

/// <param name="Extension">Lower-case, without the dot ("png").</param>
public sealed record GeneratedImage(int Width, int Height, string Extension);
