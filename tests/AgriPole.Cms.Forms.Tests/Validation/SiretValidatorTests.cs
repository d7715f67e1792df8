using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Tests.Validation;

public class SiretValidatorTests
{
    [Theory]
    [InlineData("73282932000074")] // a published SIRET with a valid Luhn key
    [InlineData("44306184100047")]
    [InlineData("35600000000048")] // La Poste's head office: valid by Luhn as well
    public void IsValid_LuhnValidSiret_ReturnsTrue(string siret) => Assert.True(SiretValidator.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")] // last digit changed
    [InlineData("73282932000047")] // two digits swapped
    [InlineData("7328293200007")] // 13 digits
    [InlineData("732829320000744")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("")]
    public void IsValid_BrokenSiret_ReturnsFalse(string siret) => Assert.False(SiretValidator.IsValid(siret));

    [Fact]
    public void IsValid_LaPosteEstablishmentWithDigitSumMultipleOfFive_ReturnsTrue()
    {
        // 3+5+6 + 0+0+1+2+3 = 20: a multiple of 5, while the Luhn check fails.
        const string siret = "35600000000123";
        Assert.False(SiretValidator.LuhnIsValid(siret));
        Assert.True(SiretValidator.IsValid(siret));
    }

    [Fact]
    public void IsValid_LaPosteEstablishmentWithOtherDigitSum_ReturnsFalse()
    {
        const string siret = "35600000000124"; // sum 21, Luhn fails too
        Assert.False(SiretValidator.LuhnIsValid(siret));
        Assert.False(SiretValidator.IsValid(siret));
    }

    [Fact]
    public void IsValid_DigitSumMultipleOfFiveOutsideLaPoste_ReturnsFalse()
    {
        // The La Poste exception must not open a door for every SIREN.
        const string siret = "12300000000040"; // sum 10, Luhn fails
        Assert.False(SiretValidator.LuhnIsValid(siret));
        Assert.False(SiretValidator.IsValid(siret));
    }

    [Theory]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("732.829.320.00074", "73282932000074")]
    [InlineData("732\u00A0829\u00A0320\u00A000074", "73282932000074")]
    public void Normalize_GroupedDigits_RemovesSeparators(string input, string expected) =>
        Assert.Equal(expected, SiretValidator.Normalize(input));
}
