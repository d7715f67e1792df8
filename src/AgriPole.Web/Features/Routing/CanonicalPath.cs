namespace AgriPole.Web.Features.Routing;

/// <summary>
/// The one canonical form of a content URL: lower case, leading and trailing slash, no empty segments.
/// Content segments never hold a dot (see UrlSegments), so "/index.html"-style paths are never content.
/// </summary>
public static class CanonicalPath
{
    /// <summary>True when the last segment looks like a file name ("/index.html", "/en/page.aspx").</summary>
    public static bool IsFileLike(string path)
    {
        var end = path.Length;
        while (end > 0 && path[end - 1] == '/')
        {
            end--;
        }

        for (var i = end - 1; i >= 0; i--)
        {
            var c = path[i];
            if (c == '/')
            {
                return false;
            }

            if (c == '.')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical form of <paramref name="path"/>; the same instance when it already is canonical (no allocation).</summary>
    public static string Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return "/";
        }

        return IsCanonical(path) ? path : Build(path);
    }

    public static bool IsCanonical(string path)
    {
        if (path.Length == 0 || path[0] != '/' || path[^1] != '/')
        {
            return false;
        }

        var previous = '\0';
        foreach (var c in path)
        {
            if (c == '/' && previous == '/')
            {
                return false;
            }

            if (c is >= 'A' and <= 'Z' || (c > 127 && char.ToLowerInvariant(c) != c))
            {
                return false;
            }

            previous = c;
        }

        return true;
    }

    private static string Build(string path)
    {
        var sb = new System.Text.StringBuilder(path.Length + 2);
        sb.Append('/');
        foreach (var c in path)
        {
            if (c == '/')
            {
                if (sb[^1] != '/')
                {
                    sb.Append('/');
                }
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        if (sb[^1] != '/')
        {
            sb.Append('/');
        }

        return sb.ToString();
    }
}
