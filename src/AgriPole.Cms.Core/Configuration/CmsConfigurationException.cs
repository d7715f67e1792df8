namespace AgriPole.Cms.Core.Configuration;

/// <summary>A broken umbraco-config file: the app must not start, and the message says which file and which field.</summary>
public sealed class CmsConfigurationException : Exception
{
    public CmsConfigurationException()
    {
    }

    public CmsConfigurationException(string message)
        : base(message)
    {
    }

    public CmsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CmsConfigurationException(string file, string jsonPath, string problem, Exception? innerException = null)
        : base($"umbraco-config/{file}: {(jsonPath.Length == 0 ? "(root)" : jsonPath)}: {problem}", innerException)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Path of the file relative to the config folder, e.g. "document-types/home.json".</summary>
    public string File { get; } = string.Empty;

    /// <summary>JSON path of the field, e.g. "properties[2].dataType".</summary>
    public string JsonPath { get; } = string.Empty;

    public string Problem { get; } = string.Empty;
}
