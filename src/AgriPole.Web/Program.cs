using AgriPole.Cms.BackOffice;
using AgriPole.Cms.DeliveryApi;
using AgriPole.Cms.Forms;
using AgriPole.Cms.Imaging;
using AgriPole.Cms.Persistence;
using AgriPole.Cms.Search;
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

await app.InitializeCmsAsync();

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
