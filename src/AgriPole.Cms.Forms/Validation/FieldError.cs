namespace AgriPole.Cms.Forms.Validation;

/// <summary>A validation failure on one field, with the message already in the visitor's language.</summary>
public sealed record FieldError(string FieldAlias, string Message);
