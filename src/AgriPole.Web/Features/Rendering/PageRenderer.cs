using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace AgriPole.Web.Features.Rendering;

/// <summary>
/// Renders Views/DocumentTypes/&lt;alias&gt;.cshtml to a string. Rendering into a buffer (not the response) lets a failing
/// view still end in a clean error page, and lets the output cache keep the bytes.
/// </summary>
public sealed class PageRenderer(IRazorViewEngine viewEngine, IModelMetadataProvider metadataProvider, ITempDataDictionaryFactory tempDataFactory)
{
    public const string FallbackView = "/Views/Shared/GenericPage.cshtml";

    /// <summary>Set in HttpContext.Items by a view that renders per-visitor markup (a form with its antiforgery token).</summary>
    public const string NotCacheableItemKey = "AgriPole.Web.NotCacheable";

    public static string ViewPathFor(string contentTypeAlias) => $"/Views/DocumentTypes/{contentTypeAlias}.cshtml";

    public async Task<string> RenderAsync(HttpContext httpContext, PageViewModel model)
    {
        var view = FindView(ViewPathFor(model.Content.ContentType.Alias)) ?? FindView(FallbackView)
            ?? throw new InvalidOperationException($"No view for document type '{model.Content.ContentType.Alias}'.");

        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor());
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary<PageViewModel>(metadataProvider, new ModelStateDictionary()) { Model = model };
        var viewContext = new ViewContext(actionContext, view, viewData, tempDataFactory.GetTempData(httpContext), writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }

    private IView? FindView(string path)
    {
        var result = viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true);
        return result.Success ? result.View : null;
    }
}
