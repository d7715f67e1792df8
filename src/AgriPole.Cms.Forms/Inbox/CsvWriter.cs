using System.Text;

namespace AgriPole.Cms.Forms.Inbox;

/// <summary>
/// RFC 4180 CSV cells. A cell starting with = + - @ tab or CR is prefixed with a quote so that Excel or LibreOffice
/// show it as text instead of running it (CSV / formula injection, e.g. =HYPERLINK(...)).
/// </summary>
public static class CsvWriter
{
    public static string Cell(string? value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.IndexOfAny(['"', ',', ';', '\n', '\r']) >= 0)
        {
            return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        return value;
    }

    public static void AppendRow(StringBuilder sb, IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var c in cells)
        {
            if (!first)
            {
                sb.Append(',');
            }

            sb.Append(Cell(c));
            first = false;
        }

        sb.Append("\r\n");
    }
}
