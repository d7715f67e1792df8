using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>One choice of a select or checkbox list: the stored value, its label per culture, an optional group (optgroup).</summary>
public sealed record FormFieldOption(string Value, LocalizedText Label, string? Group = null);
