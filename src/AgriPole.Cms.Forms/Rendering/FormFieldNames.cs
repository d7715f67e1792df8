namespace AgriPole.Cms.Forms.Rendering;

/// <summary>
/// Names of the technical inputs of a rendered form. They start with "__form", which no field alias can (aliases
/// start with a lower-case letter), so they never collide with visitor fields.
/// </summary>
public static class FormFieldNames
{
    public const string Culture = "__formCulture";
    public const string PageKey = "__formPage";
    public const string ReturnUrl = "__formReturnUrl";
    public const string IdempotencyToken = "__formToken";
    public const string Started = "__formStarted";

    /// <summary>The honeypot: hidden from people (and assistive technology), filled by naive bots.</summary>
    public const string Honeypot = "__formWebsite";

    /// <summary>Query parameter added to the return URL after a successful post.</summary>
    public const string SubmittedQuery = "formSubmitted";
}
