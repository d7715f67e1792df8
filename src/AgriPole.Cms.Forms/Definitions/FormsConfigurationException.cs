namespace AgriPole.Cms.Forms.Definitions;

/// <summary>A broken form definition: the app must not start, and the message names the file and the field.</summary>
public sealed class FormsConfigurationException : Exception
{
    public FormsConfigurationException()
    {
    }

    public FormsConfigurationException(string message)
        : base(message)
    {
    }

    public FormsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FormsConfigurationException(string file, string jsonPath, string problem, Exception? innerException = null)
        : base($"umbraco-config/{file}: {(jsonPath.Length == 0 ? "(root)" : jsonPath)}: {problem}", innerException)
    {
        File = file;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Path relative to umbraco-config, e.g. "forms/contact.json".</summary>
    public string File { get; } = string.Empty;

    /// <summary>JSON path of the field, e.g. "fields[2].type".</summary>
    public string JsonPath { get; } = string.Empty;

    public string Problem { get; } = string.Empty;
}
