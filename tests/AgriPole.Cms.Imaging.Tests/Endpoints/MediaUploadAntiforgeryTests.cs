using System.Net;
using AgriPole.Cms.Imaging.Tests.Support;

namespace AgriPole.Cms.Imaging.Tests.Endpoints;

public sealed class MediaUploadAntiforgeryTests : IDisposable
{
    private readonly MediaApplicationFactory _factory = new();

    public MediaUploadAntiforgeryTests() => _factory.Settings["AgriPole:Imaging:RequireAntiforgery"] = "true";

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("forged-token")]
    public async Task Post_SignedInWithoutValidAntiforgeryToken_Returns400(string? token)
    {
        var client = _factory.CreateEditorClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/umbraco/backoffice/api/media") { Content = UploadRequests.Form(TestImages.Jpeg(40, 40), "a.jpg") };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
