namespace AgriPole.Cms.Core.Models;

/// <summary>The property editor aliases Umbraco uses; the stored value shape of each is documented beside it.</summary>
public static class PropertyEditorAliases
{
    /// <summary>string</summary>
    public const string TextBox = "Umbraco.TextBox";

    /// <summary>string</summary>
    public const string TextArea = "Umbraco.TextArea";

    /// <summary>string of sanitised HTML markup.</summary>
    public const string RichText = "Umbraco.RichText";

    /// <summary>array of blocks: [{ "key": guid, "contentType": alias, "values": { alias: value }, "settings": { alias: value } | null }].</summary>
    public const string BlockList = "Umbraco.BlockList";

    /// <summary>string: a content GUID.</summary>
    public const string ContentPicker = "Umbraco.ContentPicker";

    /// <summary>array: [{ "name": string, "target": string|null, "url": string|null, "queryString": string|null, "contentKey": guid|null, "mediaKey": guid|null }].</summary>
    public const string MultiUrlPicker = "Umbraco.MultiUrlPicker";

    /// <summary>array: [{ "key": guid, "mediaKey": guid, "focalPoint": { "left": 0..1, "top": 0..1 }|null, "crops": [ { "alias", "width", "height", "coordinates": {x1,y1,x2,y2}|null } ] }].</summary>
    public const string MediaPicker3 = "Umbraco.MediaPicker3";

    /// <summary>string, ISO 8601 date and time.</summary>
    public const string DateTime = "Umbraco.DateTime";

    /// <summary>integer number.</summary>
    public const string Integer = "Umbraco.Integer";

    /// <summary>decimal number.</summary>
    public const string Decimal = "Umbraco.Decimal";

    /// <summary>boolean.</summary>
    public const string TrueFalse = "Umbraco.TrueFalse";

    /// <summary>array of strings.</summary>
    public const string Tags = "Umbraco.Tags";

    /// <summary>array of strings (the chosen values of the configured "items").</summary>
    public const string DropDownFlexible = "Umbraco.DropDown.Flexible";

    /// <summary>string: an e-mail address.</summary>
    public const string EmailAddress = "Umbraco.EmailAddress";

    /// <summary>string: a form definition alias (placed as a block, rendered by the forms feature).</summary>
    public const string FormPicker = "AgriPole.FormPicker";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        TextBox, TextArea, RichText, BlockList, ContentPicker, MultiUrlPicker, MediaPicker3,
        DateTime, Integer, Decimal, TrueFalse, Tags, DropDownFlexible, EmailAddress, FormPicker,
    };
}
