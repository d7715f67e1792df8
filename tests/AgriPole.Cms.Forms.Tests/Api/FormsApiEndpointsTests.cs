using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgriPole.Cms.Forms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AgriPole.Cms.Forms.Tests.Api;

public sealed class FormsApiEndpointsTests : IDisposable
{
    private const string ApiKey = "test-key-6b1d1c0f5e3a4f8e9d2c";
    private readonly FormsTestApp _app = new(s => s["Umbraco:Forms:Security:FormsApiKey"] = ApiKey);

    [Fact]
    public async Task GetDefinition_ByAliasInEnglish_UmbracoFormsShape()
    {
        using var doc = JsonDocument.Parse(await _app.Client.GetStringAsync(new Uri("/umbraco/forms/api/v1/definitions/membership?culture=en-US", UriKind.Relative)));

        var root = doc.RootElement;
        Assert.Equal(TestForms.Membership.Key, root.GetProperty("id").GetGuid());
        Assert.Equal("Membership application", root.GetProperty("name").GetString());
        var fields = root.GetProperty("pages")[0].GetProperty("fieldsets")[0].GetProperty("columns")[0].GetProperty("fields");
        var siret = fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "siret");
        Assert.Equal("SIRET number", siret.GetProperty("caption").GetString());
        Assert.True(siret.GetProperty("mandatory").GetBoolean());
        var kind = fields.EnumerateArray().Single(f => f.GetProperty("alias").GetString() == "kind");
        Assert.Contains(kind.GetProperty("preValues").EnumerateArray(), p => p.GetProperty("value").GetString() == "researchLab" && p.GetProperty("caption").GetString() == "Research lab");
    }

    [Fact]
    public async Task GetDefinition_ByKey_SameForm()
    {
        var response = await _app.Client.GetAsync(new Uri($"/umbraco/forms/api/v1/definitions/{TestForms.Contact.Key}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"alias\":\"contact\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetDefinition_Unknown_ProblemDetails404()
    {
        var response = await _app.Client.GetAsync(new Uri("/umbraco/forms/api/v1/definitions/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PostEntry_WithApiKey_AcceptedAndStored()
    {
        var response = await PostAsync("membership", ValidMembership(), apiKey: ApiKey);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await using var db = _app.Db();
        var entry = await db.Entries.SingleAsync();
        Assert.Equal("membership", entry.FormAlias);
        Assert.Equal("en-US", entry.Culture);
        Assert.Equal(Guid.Parse("5c3152b1-e429-48dc-8a17-67880801cee4"), entry.PageKey);
        Assert.Contains("\"interests\":[\"funding\",\"international\"]", entry.ValuesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEntry_WithAntiforgeryTokenFromRenderedForm_Accepted()
    {
        var form = await _app.GetFormAsync("contact");
        var token = FormsTestApp.Hidden(form).Single(h => h.Key == "__RequestVerificationToken").Value;

        var response = await PostAsync("contact", new { name = "Élodie", email = "elodie@example.fr", subject = "event", message = "Bonjour", consent = true }, antiforgery: token);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task PostEntry_WithoutTokenOrWithWrongKey_Unauthorized(string? key)
    {
        var response = await PostAsync("membership", ValidMembership(), apiKey: key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task PostEntry_InvalidValues_ValidationProblemPerFieldInRequestedCulture()
    {
        var response = await PostAsync("membership", ValidMembership(siret: "73282932000075", email: "x@y\r\nBcc: z@z.z"), apiKey: ApiKey, culture: "fr-FR");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = doc.RootElement.GetProperty("errors");
        Assert.StartsWith("Le numéro SIRET", errors.GetProperty("siret")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Ce champ doit tenir sur une seule ligne.", errors.GetProperty("email")[0].GetString());
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"values\": 3}")]
    [InlineData("{\"values\": {\"name\": {\"nested\": true}}}")]
    [InlineData("")]
    public async Task PostEntry_MalformedBody_ProblemDetails400(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/umbraco/forms/api/v1/entries/contact")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Api-Key", ApiKey);

        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task PostEntry_SameIdempotencyKeyTwice_OneEntry()
    {
        var first = await PostAsync("membership", ValidMembership(), apiKey: ApiKey, idempotencyKey: "0f8e1d2c-3b4a-5968-7766-554433221100");
        var second = await PostAsync("membership", ValidMembership(), apiKey: ApiKey, idempotencyKey: "0f8e1d2c-3b4a-5968-7766-554433221100");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await using var db = _app.Db();
        Assert.Equal(1, await db.Entries.CountAsync());
    }

    private static object ValidMembership(string siret = "732 829 320 00074", string email = "jeanne@coop.example") => new
    {
        organisation = "Coop des Coteaux (exemple)",
        kind = "cooperative",
        siret,
        department = "32 - Gers",
        contactName = "Jeanne Martin",
        email,
        phone = "+33 5 62 00 00 00",
        interests = new[] { "funding", "international" },
        consent = true,
        isAdmin = true,
    };

    private async Task<HttpResponseMessage> PostAsync(string id, object values, string? apiKey = null, string? antiforgery = null, string culture = "en-US", string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/umbraco/forms/api/v1/entries/{id}")
        {
            Content = JsonContent.Create(new { values, contentId = "5c3152b1-e429-48dc-8a17-67880801cee4", culture }),
        };
        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        if (antiforgery is not null)
        {
            request.Headers.Add("RequestVerificationToken", antiforgery);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await _app.Client.SendAsync(request);
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var db = _app.Db();
        Assert.Equal(0, await db.Entries.CountAsync());
    }

    public void Dispose() => _app.Dispose();
}
