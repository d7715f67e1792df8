using AgriPole.Cms.Forms.Tests.Support;
using AgriPole.Cms.Forms.Validation;

namespace AgriPole.Cms.Forms.Tests.Validation;

public class FormValidatorTests
{
    private static Dictionary<string, IReadOnlyList<string>> ValidContact(Action<Dictionary<string, IReadOnlyList<string>>>? change = null)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase)
        {
            ["name"] = ["Élodie Garçon"],
            ["email"] = ["elodie@example.fr"],
            ["subject"] = ["project"],
            ["message"] = ["Bonjour,\r\nnous avons un projet."],
            ["consent"] = ["true"],
        };
        change?.Invoke(values);
        return values;
    }

    [Fact]
    public void Validate_ValidContact_NoErrorsAndValuesCleaned()
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(), "fr-FR");

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("Bonjour,\nnous avons un projet.", result.Get("message"));
        Assert.Equal("Élodie Garçon", result.Get("name"));
    }

    [Fact]
    public void Validate_MissingAndBlankFields_RequiredMessagesInVisitorLanguage()
    {
        var values = ValidContact(v =>
        {
            v.Remove("name");
            v["email"] = ["   "];
            v.Remove("consent");
        });

        var en = FormValidator.Validate(TestForms.Contact, values, "en-US");
        var fr = FormValidator.Validate(TestForms.Contact, values, "fr-FR");

        Assert.Equal(["name", "email", "consent"], en.Errors.Select(e => e.FieldAlias));
        Assert.Equal("This field is required.", en.Errors[0].Message);
        Assert.Equal("Ce champ est obligatoire.", fr.Errors[0].Message);
        Assert.Equal("We need your consent to handle your message.", en.Errors[2].Message);
    }

    [Fact]
    public void Validate_OneMegabyteMessage_TooLongError()
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["message"] = [new string('a', 1024 * 1024)]), "en-US");

        var error = Assert.Single(result.Errors);
        Assert.Equal("message", error.FieldAlias);
        Assert.Equal("This field must be at most 5000 characters long.", error.Message);
    }

    [Theory]
    [InlineData("elodie@example.fr\r\nBcc: victim@example.com")]
    [InlineData("elodie@example.fr\nBcc: victim@example.com")]
    public void Validate_LineBreakInEmail_RejectedAsHeaderInjection(string email)
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["email"] = [email]), "en-US");

        var error = Assert.Single(result.Errors);
        Assert.Equal("email", error.FieldAlias);
        Assert.Equal("This field must fit on a single line.", error.Message);
    }

    [Theory]
    [InlineData("Jean\0Dupont")]
    [InlineData("Jean \uFFFD Dupont")] // what invalid UTF-8 decodes to
    [InlineData("Jean \u202Etnopud")] // right-to-left override
    [InlineData("Jean \u2066Dupont\u2069")]
    [InlineData("Jean\u0007Dupont")]
    public void Validate_ControlOrDirectionCharacters_Rejected(string name)
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["name"] = [name]), "fr-FR");

        var error = Assert.Single(result.Errors);
        Assert.Equal("name", error.FieldAlias);
        Assert.StartsWith("Ce champ contient des caractères non autorisés", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Bonjour <img src=x onerror=alert(1)>")]
    [InlineData("<!-- x -->")]
    public void Validate_Markup_Rejected(string message)
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["message"] = [message]), "en-US");

        Assert.Equal("HTML code or tags are not accepted in this field.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_LessThanSignInProse_Accepted()
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["message"] = ["Budget < 10 000 € et délai > 3 mois"]), "fr-FR");

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_OverPostedFields_IgnoredAndNotKept()
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v =>
        {
            v["id"] = ["42"];
            v["state"] = ["handled"];
            v["isAdmin"] = ["true"];
        }), "fr-FR");

        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("id"));
        Assert.False(result.Values.ContainsKey("state"));
        Assert.False(result.Values.ContainsKey("isAdmin"));
    }

    [Fact]
    public void Validate_SelectValueNotOffered_InvalidChoice()
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["subject"] = ["hack"]), "en-US");

        Assert.Equal("Choose one of the values offered.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Validate_MembershipWithBadSiretAndUnknownInterest_BothReported()
    {
        var values = new Dictionary<string, IReadOnlyList<string>>
        {
            ["organisation"] = ["Coop des Coteaux"],
            ["kind"] = ["cooperative"],
            ["siret"] = ["732 829 320 00075"],
            ["department"] = ["31 - Haute-Garonne"],
            ["contactName"] = ["Jeanne Martin"],
            ["email"] = ["jeanne@coop.example"],
            ["phone"] = ["05 61 00 00 00"],
            ["interests"] = ["funding", "bitcoin"],
            ["consent"] = ["true"],
        };

        var result = FormValidator.Validate(TestForms.Membership, values, "fr-FR");

        Assert.Equal(["siret", "interests"], result.Errors.Select(e => e.FieldAlias));
        Assert.Contains("SIRET", result.Errors[0].Message, StringComparison.Ordinal);

        values["siret"] = ["732 829 320 00074"];
        values["interests"] = ["funding", "international", "funding"];
        var fixedResult = FormValidator.Validate(TestForms.Membership, values, "fr-FR");
        Assert.True(fixedResult.IsValid, string.Join("; ", fixedResult.Errors));
        Assert.Equal(["funding", "international"], fixedResult.Values["interests"]);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("a b@example.fr")]
    [InlineData("\"x\"@example.fr")]
    public void Validate_InvalidEmail_EmailMessage(string email)
    {
        var result = FormValidator.Validate(TestForms.Contact, ValidContact(v => v["email"] = [email]), "en-US");

        Assert.StartsWith("Enter a valid e-mail address", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
