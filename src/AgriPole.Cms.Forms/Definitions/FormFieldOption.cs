using AgriPole.Cms.Core.Models;

namespace AgriPole.Cms.Forms.Definitions;

/// <summary>One choice of a select or checkbox list: the stored value and its label per culture.</summary>
public sealed record FormFieldOption(string Value, LocalizedText Label);
