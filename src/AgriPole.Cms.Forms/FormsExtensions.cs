using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Forms;

/// <summary>Forms (contact, membership, newsletter): definitions, submissions, outbox, headless API.</summary>
public static class FormsExtensions
{
    public static IHostApplicationBuilder AddCmsForms(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapCmsForms(this WebApplication app)
    {
        return app;
    }
}
