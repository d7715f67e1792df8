using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>An editor uploads an image in the media library (JS on: XHR upload), clicks to set its focal point and sees the crops follow it.</summary>
public sealed class EditorSetsFocalPointTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Editor_UploadsImageAndClicksFocalPoint_CropUrlsCarryIt()
    {
        const string password = "ui test password 42";
        var email = $"ui-media-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Media", password, BackOfficeRoles.Editor, "en-US");
            Assert.True(created.Succeeded);
        }

        var fileName = $"parcelle-{Guid.NewGuid():N}"[..17] + ".png";
        var page = await app.NewPageAsync("en-US");
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") console.Add(m.Text); };
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");

        await page.GotoAsync("/umbraco/media");
        await page.SetInputFilesAsync("#media-files", new FilePayload { Name = fileName, MimeType = "image/png", Buffer = Png(600, 400) });
        await page.ClickAsync("form[data-media-upload] button[type=submit]");
        await page.WaitForURLAsync("**uploaded=1");
        var name = Path.GetFileNameWithoutExtension(fileName);
        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/umbraco/media/edit/**");

        var image = page.Locator("[data-focal-target]");
        await Assertions.Expect(image).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-focal-target]').complete");
        var box = await image.BoundingBoxAsync();
        Assert.NotNull(box);
        await image.ClickAsync(new() { Position = new Position { X = box.Width * 0.25f, Y = box.Height * 0.75f } });
        var left = double.Parse(await page.InputValueAsync("#focal-left"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(left, 0.22, 0.28);
        await page.ClickAsync("form[data-focal-form] button:not([name])");
        await page.WaitForURLAsync("**m=saved");

        var key = Guid.Parse(page.Url.Split("/edit/")[1][..36]);
        var item = await app.Factory.Services.GetRequiredService<IMediaService>().GetByIdAsync(key);
        Assert.NotNull(item?.FocalPoint);
        Assert.InRange(item.FocalPoint.Left, 0.22, 0.28);
        Assert.InRange(item.FocalPoint.Top, 0.72, 0.78);
        var heroSrc = await page.Locator("[data-crop='hero'] img").GetAttributeAsync("src");
        Assert.Contains("rxy=", heroSrc, StringComparison.Ordinal);
        Assert.Contains(item.FocalPoint.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), heroSrc, StringComparison.Ordinal);
        var rendition = await page.APIRequest.GetAsync(heroSrc!);
        Assert.Equal(200, rendition.Status);

        // Pick the image as a member's logo in the content editor (the media picker select), publish, and find the
        // focal point in the public page's <picture> (the logo crop).
        var member = await FindMemberAsync();
        await page.GotoAsync($"/umbraco/content/edit/{member}");
        // The media picker lists the library as thumbnails with radio buttons.
        await page.CheckAsync($"#i-logo input[type=radio][value='{key}']");
        await page.ClickAsync("#bo-publish");
        await page.WaitForURLAsync("**m=published");
        var snapshot = app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        var url = app.Factory.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshot, snapshot.GetById(member)!, "fr-FR");
        var visitor = await app.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync(url!))!.Status);
        var imgSrc = await visitor.Locator($"picture img[src*='{item.Url}']").First.GetAttributeAsync("src");
        Assert.Contains("rxy=" + item.FocalPoint.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), imgSrc, StringComparison.Ordinal);
        await visitor.Context.CloseAsync();
        Assert.True(console.Count == 0, string.Join(Environment.NewLine, console));
        await page.Context.CloseAsync();
    }

    private async Task<Guid> FindMemberAsync()
    {
        var content = app.Factory.Services.GetRequiredService<IContentService>();
        foreach (var root in await content.GetChildrenAsync(null))
        {
            foreach (var child in await content.GetChildrenAsync(root.Key))
            {
                if (child.ContentTypeAlias == "membersDirectory")
                {
                    return (await content.GetChildrenAsync(child.Key)).First(m => m.ContentTypeAlias == "member").Key;
                }
            }
        }

        throw new InvalidOperationException("No member in the seed.");
    }

    private static byte[] Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(200, 180, 40));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
