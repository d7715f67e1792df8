using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.Core.Media;
using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Core.Services;
using AgriPole.Web.UiTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace AgriPole.Web.UiTests.Features.BackOffice;

/// <summary>
/// An editor uploads images in the media library (JS on: several files through the file input, XHR with progress),
/// clicks to set a focal point, draws the logo crop's frame, and sees both on the public page; replacing the file
/// changes the renditions (new URL, new ETag).
/// </summary>
public sealed class EditorSetsFocalPointTests(UiAppFixture app) : IClassFixture<UiAppFixture>
{
    [Fact]
    public async Task Editor_UploadsImagesClicksFocalPointAndDrawsCrop_PublicPageShowsThem()
    {
        var page = await SignInAsync();
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") console.Add(m.Text); };

        var fileName = $"parcelle-{Guid.NewGuid():N}"[..17] + ".png";
        var second = $"verger-{Guid.NewGuid():N}"[..15] + ".png";
        await page.GotoAsync("/umbraco/media");
        await page.SetInputFilesAsync("#media-files", new[]
        {
            new FilePayload { Name = fileName, MimeType = "image/png", Buffer = Png(600, 400) },
            new FilePayload { Name = second, MimeType = "image/png", Buffer = Png(300, 300) },
        });
        await page.ClickAsync("form[data-media-upload] button[type=submit]");
        await page.WaitForURLAsync("**uploaded=2");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Path.GetFileNameWithoutExtension(second), Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = Path.GetFileNameWithoutExtension(fileName) })).ToContainTextAsync("600 × 400");
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
        var heroSrc = await page.Locator("[data-crop='hero'] img[data-crop-preview]").GetAttributeAsync("src");
        Assert.Contains("rxy=", heroSrc, StringComparison.Ordinal);
        Assert.Contains(item.FocalPoint.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), heroSrc, StringComparison.Ordinal);
        var rendition = await page.APIRequest.GetAsync(heroSrc!);
        Assert.Equal(200, rendition.Status);

        // Pick the image as a member's logo in the content editor (the media picker dialog), publish, and find the
        // focal point in the public page's <picture> (the logo crop).
        var member = await FindMemberAsync();
        await page.GotoAsync($"/umbraco/content/edit/{member}");
        // The media picker's dialog: search by name, pick the image (its thumbnail shows in the field).
        var logoPicker = page.Locator("[data-picker='media']").Filter(new() { Has = page.Locator("#i-logo") });
        await logoPicker.Locator("[data-picker-open]").ClickAsync();
        var dialog = page.Locator("dialog[data-picker-dialog]");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("[data-picker-search]").FillAsync(name);
        await dialog.Locator("button[data-picker-choose]").Filter(new() { HasText = name }).First.ClickAsync();
        await Assertions.Expect(dialog).Not.ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#i-logo")).ToHaveValueAsync(key.ToString());
        await Assertions.Expect(logoPicker.Locator("[data-picker-chosen] img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/"));
        await page.ClickAsync("#bo-publish");
        await page.WaitForURLAsync("**m=published");
        var snapshot = app.Factory.Services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        var url = app.Factory.Services.GetRequiredService<IPublishedUrlProvider>().GetUrl(snapshot, snapshot.GetById(member)!, "fr-FR");
        var visitor = await app.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync(url!))!.Status);
        var logo = visitor.Locator($"picture img[src*='{item.Url}']").First;
        var imgSrc = await logo.GetAttributeAsync("src");
        Assert.Contains("rxy=" + item.FocalPoint.Left.ToString(System.Globalization.CultureInfo.InvariantCulture), imgSrc, StringComparison.Ordinal);
        await visitor.WaitForFunctionAsync($"() => [...document.querySelectorAll(\"picture img[src*='{item.Url}']\")].some(i => i.complete && i.naturalWidth > 0)");

        // Draw the logo crop's frame on the image (pointer drag from 10 % / 20 %): the inputs follow at 2:1.
        await page.GotoAsync($"/umbraco/media/edit/{key}");
        var stage = page.Locator("[data-crop='logo'] [data-crop-stage]");
        await Assertions.Expect(stage).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-crop='logo'] [data-crop-stage] img\").complete");
        await stage.ScrollIntoViewIfNeededAsync();
        var frame = (await stage.Locator("img").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(frame.X + (frame.Width * 0.1f), frame.Y + (frame.Height * 0.2f));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(frame.X + (frame.Width * 0.4f), frame.Y + (frame.Height * 0.3f), new() { Steps = 5 });
        await page.Mouse.MoveAsync(frame.X + (frame.Width * 0.6f), frame.Y + (frame.Height * 0.3f), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        double Value(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
        var x1 = Value(await page.InputValueAsync("#crop-logo-x1"));
        var y1 = Value(await page.InputValueAsync("#crop-logo-y1"));
        var x2 = Value(await page.InputValueAsync("#crop-logo-x2"));
        var y2 = Value(await page.InputValueAsync("#crop-logo-y2"));
        Assert.InRange(x1, 0.08, 0.12);
        Assert.InRange(y1, 0.18, 0.22);
        Assert.InRange(x2, 0.38, 0.42);
        Assert.InRange((1 - x1 - x2) * 600 / ((1 - y1 - y2) * 400), 1.98, 2.02);
        await page.ClickAsync("[data-crop='logo'] form[data-crop-form] button:not([name])");
        await page.WaitForURLAsync("**m=saved");
        item = await app.Factory.Services.GetRequiredService<IMediaService>().GetByIdAsync(key);
        var coordinates = Assert.Single(item!.Crops, c => c.Alias == "logo").Coordinates!;
        Assert.Equal(x1, coordinates.X1, 4);
        Assert.Equal(y2, coordinates.Y2, 4);

        // The public page's logo now uses those coordinates (cc=…), and the rendition is the crop's 2:1 shape.
        await visitor.ReloadAsync();
        logo = visitor.Locator($"picture img[src*='{item.Url}']").First;
        imgSrc = await logo.GetAttributeAsync("src");
        Assert.Contains(FormattableString.Invariant($"cc={coordinates.X1},{coordinates.Y1},{coordinates.X2},{coordinates.Y2}"), imgSrc, StringComparison.Ordinal);
        await visitor.WaitForFunctionAsync($"() => [...document.querySelectorAll(\"picture img[src*='{item.Url}']\")].some(i => i.complete && i.naturalWidth === 2 * i.naturalHeight)");
        await visitor.Context.CloseAsync();
        Assert.True(console.Count == 0, string.Join(Environment.NewLine, console));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_MovesAndResizesCropFrameWithKeyboard_InputsFollowAndAreAnnounced()
    {
        var media = app.Factory.Services.GetRequiredService<IMediaService>();
        var key = (await media.UploadAsync(new MemoryStream(Png(600, 400)), "clavier.png", null)).Value!.Key;
        var page = await SignInAsync();
        await page.GotoAsync($"/umbraco/media/edit/{key}");
        var frame = page.Locator("[data-crop='logo'] [data-crop-rect]");
        await Assertions.Expect(frame).ToBeVisibleAsync();
        await Assertions.Expect(frame).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(frame).Not.ToHaveAttributeAsync("aria-hidden", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Frame of the crop \"logo\"" })).ToHaveCountAsync(1);

        // Reached with Tab (from the thumbnail crop's frame, the first one), not only by script focus.
        await page.Locator("[data-crop='thumbnail'] [data-crop-rect]").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        for (var i = 0; i < 8 && !await frame.EvaluateAsync<bool>("f => document.activeElement === f"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await frame.EvaluateAsync<bool>("f => document.activeElement === f"), "Tab did not reach the logo crop's frame");

        // The default logo area (2:1 on a 3:2 image, centred): the full width, 75 % of the height.
        double Value(string v) => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0.125, Value(await page.InputValueAsync("#crop-logo-y1")), 3);
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await page.Keyboard.PressAsync("Shift+ArrowLeft");
        await page.Keyboard.PressAsync("Shift+ArrowLeft");
        await page.Keyboard.PressAsync("ArrowRight");
        var x1 = Value(await page.InputValueAsync("#crop-logo-x1"));
        var y1 = Value(await page.InputValueAsync("#crop-logo-y1"));
        var x2 = Value(await page.InputValueAsync("#crop-logo-x2"));
        var y2 = Value(await page.InputValueAsync("#crop-logo-y2"));
        Assert.Equal(0.01, x1, 3);
        Assert.Equal(0.155, y1, 3);
        Assert.Equal(0.01, x2, 3);
        Assert.Equal(0.11, y2, 3);
        Assert.InRange((1 - x1 - x2) * 600 / ((1 - y1 - y2) * 400), 1.98, 2.02);

        // Shift + Down at the bottom edge cannot push the frame off the image.
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(0, Value(await page.InputValueAsync("#crop-logo-y2")), 3);
        await Assertions.Expect(page.Locator("#crop-logo-status")).ToHaveTextAsync("Frame: left 1 %, top 26.5 %, width 98 % and height 73.5 % of the image.");
        await Assertions.Expect(page.Locator("#crop-logo-status")).ToHaveAttributeAsync("role", "status");

        // Still a form: the number inputs carry the values to the server.
        await page.ClickAsync("[data-crop='logo'] form[data-crop-form] button:not([name])");
        await page.WaitForURLAsync("**m=saved");
        var coordinates = Assert.Single((await media.GetByIdAsync(key))!.Crops, c => c.Alias == "logo").Coordinates!;
        Assert.Equal(0.01, coordinates.X1, 3);
        Assert.Equal(0.265, coordinates.Y1, 3);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, "axe on the media edit page: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_ReplacesFile_RenditionsChange()
    {
        var upload = await app.Factory.Services.GetRequiredService<IMediaService>().UploadAsync(new MemoryStream(Png(400, 300)), "avant.png", null);
        Assert.True(upload.Success);
        var key = upload.Value!.Key;
        var page = await SignInAsync();
        await page.GotoAsync($"/umbraco/media/edit/{key}");
        var before = await page.Locator("[data-crop='thumbnail'] img[data-crop-preview]").GetAttributeAsync("src");
        var beforeResponse = await page.APIRequest.GetAsync(before!);
        Assert.Equal(200, beforeResponse.Status);

        await page.SetInputFilesAsync("#media-replace", new FilePayload { Name = "apres.png", MimeType = "image/png", Buffer = Png(800, 500, new Rgba32(30, 60, 200)) });
        await page.ClickAsync("form[action$='handler=replace'] button[type=submit]");
        await page.WaitForURLAsync("**m=saved");

        await Assertions.Expect(page.Locator(".bo-media-facts")).ToContainTextAsync("800 × 500");
        var after = await page.Locator("[data-crop='thumbnail'] img[data-crop-preview]").GetAttributeAsync("src");
        Assert.NotEqual(before, after);
        var afterResponse = await page.APIRequest.GetAsync(after!);
        Assert.Equal(200, afterResponse.Status);
        Assert.NotEqual(beforeResponse.Headers["etag"], afterResponse.Headers["etag"]);
        Assert.NotEqual(await beforeResponse.BodyAsync(), await afterResponse.BodyAsync());
        Assert.Equal(404, (await page.APIRequest.GetAsync(before!)).Status);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MediaPages_EditLibraryAndDelete_HaveNoAxeViolations()
    {
        var media = app.Factory.Services.GetRequiredService<IMediaService>();
        var image = (await media.UploadAsync(new MemoryStream(Png(640, 480)), "axe.png", null)).Value!;
        var trashed = (await media.UploadAsync(new MemoryStream(Png(64, 48)), "axe-corbeille.png", null)).Value!;
        await media.SetCropsAsync(image.Key, [new Cms.Core.Models.ImageCrop("hero", 1600, 600, new Cms.Core.Models.CropCoordinates(0, 0.1, 0, 0.4))]);
        await media.TrashAsync(trashed.Key);
        var page = await SignInAsync();

        foreach (var (where, url) in new[]
        {
            ("media edit", $"/umbraco/media/edit/{image.Key}"),
            ("media library", "/umbraco/media"),
            ("media delete", $"/umbraco/media/delete?key={trashed.Key}"),
            ("media empty bin", "/umbraco/media/delete?all=true"),
        })
        {
            Assert.Equal(200, (await page.GotoAsync(url))!.Status);
            var result = await page.RunAxe();
            Assert.True(result.Violations.Length == 0, $"axe on the {where} page: " + string.Join("; ", result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        }

        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignInAsync()
    {
        const string password = "ui test password 42";
        var email = $"ui-media-{Guid.NewGuid():N}@example.org";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<BackOfficeUserService>().CreateAsync(email, "UI Media", password, BackOfficeRoles.Editor, "en-US");
            Assert.True(created.Succeeded);
        }

        var page = await app.NewPageAsync("en-US");
        await page.GotoAsync("/umbraco/login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/umbraco");
        return page;
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

    private static byte[] Png(int width, int height, Rgba32? color = null)
    {
        using var image = new Image<Rgba32>(width, height, color ?? new Rgba32(200, 180, 40));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }
}
