using Microsoft.AspNetCore.Http;

namespace AgriPole.Cms.Forms.Submissions;

/// <summary>Return URLs come from the posted form: only site-local paths are followed (no "//evil", "/\evil", "https:evil").</summary>
public static class LocalUrl
{
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2000 || url[0] != '/')
        {
            return false;
        }

        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return false;
        }

        foreach (var c in url)
        {
            if (char.IsControl(c) || c == '\\')
            {
                return false;
            }
        }

        // Encoded slashes or backslashes at the start could be decoded into "//" by a proxy.
        return !url.StartsWith("/%2f", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("/%5c", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The URL of the page being rendered, its query kept except formSubmitted (it would show the confirmation again).</summary>
    public static string CurrentPath(HttpContext context)
    {
        var path = (context.Request.PathBase + context.Request.Path).ToUriComponent();
        if (!IsLocal(path))
        {
            return "/";
        }

        var query = context.Request.Query.Where(q => !string.Equals(q.Key, "formSubmitted", StringComparison.OrdinalIgnoreCase)).ToList();
        if (query.Count == 0)
        {
            return path;
        }

        return path + QueryString.Create(query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).ToUriComponent();
    }

    /// <summary>Adds formSubmitted={alias} and the form's anchor to a local URL.</summary>
    public static string WithSubmitted(string url, string alias)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            url = url[..hash];
        }

        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{url}{separator}formSubmitted={Uri.EscapeDataString(alias)}#form-{alias}";
    }
}
