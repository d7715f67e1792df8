using System.Text.RegularExpressions;

namespace AgriPole.Cms.BackOffice.Content;

/// <summary>A word-level diff (longest common subsequence) for the versions view; long texts fall back to old/new.</summary>
public static partial class TextDiff
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public sealed record Piece(Kind Kind, string Text);

    private const int MaxTokens = 600;

    public static IReadOnlyList<Piece> Compute(string? before, string? after)
    {
        var a = Tokens().Split(before ?? string.Empty).Where(t => t.Length > 0).ToArray();
        var b = Tokens().Split(after ?? string.Empty).Where(t => t.Length > 0).ToArray();
        if (a.Length > MaxTokens || b.Length > MaxTokens)
        {
            return [new Piece(Kind.Removed, before ?? string.Empty), new Piece(Kind.Added, after ?? string.Empty)];
        }

        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var pieces = new List<Piece>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(Kind.Same, a[x]);
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Add(Kind.Added, b[y++]);
            }
            else
            {
                Add(Kind.Removed, a[x++]);
            }
        }

        return pieces;

        void Add(Kind kind, string token)
        {
            if (pieces.Count > 0 && pieces[^1].Kind == kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + token };
            }
            else
            {
                pieces.Add(new Piece(kind, token));
            }
        }
    }

    // Keeps separators as tokens so the pieces rebuild the text exactly.
    [GeneratedRegex(@"(\s+|<[^>]*>)")]
    private static partial Regex Tokens();
}
