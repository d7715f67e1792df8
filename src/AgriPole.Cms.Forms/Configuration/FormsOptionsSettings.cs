namespace AgriPole.Cms.Forms.Configuration;

/// <summary>Bound from "Umbraco:Forms:Options".</summary>
public sealed class FormsOptionsSettings
{
    public const string SectionName = "Umbraco:Forms:Options";

    /// <summary>Serves /umbraco/forms/api/v1 (on by default here: the site's own pages may use it).</summary>
    public bool EnableFormsApi { get; set; } = true;
}
