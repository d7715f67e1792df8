using System.Net.Http.Headers;
using System.Net.Http.Json;
using AgriPole.Cms.Imaging.Endpoints;

namespace AgriPole.Cms.Imaging.Tests.Support;

/// <summary>Multipart requests to the back-office media endpoints.</summary>
public static class UploadRequests
{
    public static MultipartFormDataContent Form(byte[] bytes, string fileName)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return form;
    }

    public static async Task<MediaItemResponse> UploadAsync(HttpClient client, byte[] bytes, string fileName, Guid? parentKey = null)
    {
        var url = "/umbraco/backoffice/api/media" + (parentKey is { } p ? $"?parentKey={p}" : string.Empty);
        using var response = await client.PostAsync(url, Form(bytes, fileName));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MediaItemResponse>())!;
    }
}
