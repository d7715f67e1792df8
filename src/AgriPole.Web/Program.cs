using AgriPole.Cms.BackOffice;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.DeliveryApi;
using AgriPole.Cms.Forms;
using AgriPole.Cms.Imaging;
using AgriPole.Cms.Persistence;
using AgriPole.Cms.Search;
using AgriPole.Cms.Search.Commands;
using AgriPole.Web;
using AgriPole.Web.Hosting;

var builder = WebApplication.CreateBuilder(SiteLayout.CreateOptions(args));

builder.AddCms();
builder.AddCmsSearch();
builder.AddCmsImaging();
builder.AddDeliveryApi();
builder.AddCmsForms();
builder.AddBackOffice();
builder.AddPublicSite();

var app = builder.Build();

if (BackOfficeCommands.IsCommand(args))
{
    Environment.ExitCode = await app.RunBackOfficeCommandAsync(args);
    return;
}

await app.InitializeCmsAsync();

// `dotnet run -- rebuild-index`: rebuild the search index and exit instead of serving.
if (app.TryRunSearchCommand(args))
{
    return;
}

app.UsePublicSiteMiddleware();
app.MapCmsImaging();
app.MapDeliveryApi();
app.MapCmsForms();
app.MapBackOffice();
app.MapPublicSite();
app.MapBenchmarkEndpoints();

await app.RunAsync();

/// <summary>Entry point, public so WebApplicationFactory can reach it.</summary>
public partial class Program;
