namespace AgriPole.Cms.Search.Searching;

/// <param name="Kind">A "kind" dropdown value (company, smeMidCap, researchLab...), exact.</param>
/// <param name="Department">A "department" dropdown value ("31 - Haute-Garonne"), exact.</param>
/// <param name="Text">Optional words to match in the members' names and descriptions.</param>
public sealed record MemberFilter(string Culture, string? Kind = null, string? Department = null, string? Text = null, int Page = 1, int PageSize = 24);
