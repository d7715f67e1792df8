using System.Globalization;
using System.Text;

namespace AgriPole.Cms.Imaging.Uploads;

/// <summary>
/// Makes an uploaded file name safe to show and to derive an item name from. It is never used on disk (files get
/// generated names), but names travel to the back-office, downloads and logs.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaxLength = 255;

    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>
    /// The sanitised name and its lower-case extension (without dot), or null when the name is unusable: empty, without
    /// extension, or carrying a NUL byte (raw or %00: a truncation attack, refused rather than repaired).
    /// </summary>
    public static (string Name, string Extension)? Sanitize(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return null;
        }

        var name = fileName;
        if (name.Contains('%', StringComparison.Ordinal))
        {
            try
            {
                name = Uri.UnescapeDataString(name);
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        if (name.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        // Only the last segment: "../../appsettings.json" and "C:\x\y.jpg" keep their file name only.
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        name = name.Normalize(NormalizationForm.FormC);

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsControl(c) || IsBidiControl(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or ';' ? '_' : c);
        }

        name = builder.ToString().Trim().Trim('.', ' ');
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1)
        {
            return null;
        }

        var extension = name[(dot + 1)..].Trim().ToLowerInvariant();
        var baseName = name[..dot].Trim().TrimEnd('.');

        // Inner dots would show ".php.jpg"-style double extensions to whoever downloads the file.
        baseName = baseName.Replace('.', '_');
        if (baseName.Length == 0)
        {
            baseName = "file";
        }

        if (ReservedNames.Contains(baseName))
        {
            baseName = "_" + baseName;
        }

        baseName = Truncate(baseName, MaxLength - extension.Length - 1);
        return ($"{baseName}.{extension}", extension);
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';

    /// <summary>Cuts on text element boundaries, so a surrogate pair or a combining sequence is never split.</summary>
    private static string Truncate(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var info = new StringInfo(value);
        var builder = new StringBuilder(maxLength);
        for (var i = 0; i < info.LengthInTextElements; i++)
        {
            var element = info.SubstringByTextElements(i, 1);
            if (builder.Length + element.Length > maxLength)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.ToString();
    }
}
