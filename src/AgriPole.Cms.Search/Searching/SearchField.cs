namespace AgriPole.Cms.Search.Searching;

/// <summary>A text field searched in a culture; <paramref name="Alias"/> is the property alias ("__NodeName" for the name).</summary>
public sealed record SearchField(string Name, string Alias, float Boost, bool IsTitle);
