namespace AgriPole.Cms.Forms.Validation;

/// <summary>
/// French SIRET numbers (14 digits: SIREN + NIC). The last digit is a Luhn check digit, except for La Poste
/// (SIREN 356000000), whose thousands of establishments were numbered before the rule: theirs are valid when the sum of
/// the 14 digits is a multiple of 5 (INSEE's documented exception).
/// </summary>
public static class SiretValidator
{
    public const string LaPosteSiren = "356000000";

    /// <summary>Spaces, dots and dashes people type between groups are ignored.</summary>
    public static string Normalize(string value)
    {
        Span<char> buffer = stackalloc char[Math.Min(value.Length, 64)];
        var n = 0;
        foreach (var c in value)
        {
            if (c is ' ' or '.' or '-' or '\u00A0' or '\u202F')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return value;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    /// <summary>True when <paramref name="siret"/> (already normalised) is 14 digits with a valid checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> siret)
    {
        if (siret.Length != 14)
        {
            return false;
        }

        foreach (var c in siret)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (LuhnIsValid(siret))
        {
            return true;
        }

        if (siret.StartsWith(LaPosteSiren, StringComparison.Ordinal))
        {
            var sum = 0;
            foreach (var c in siret)
            {
                sum += c - '0';
            }

            return sum % 5 == 0;
        }

        return false;
    }

    /// <summary>Luhn over digits: from the right, every second digit is doubled (minus 9 when over 9); the total must end in 0.</summary>
    public static bool LuhnIsValid(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
