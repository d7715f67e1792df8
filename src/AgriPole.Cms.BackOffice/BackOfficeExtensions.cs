using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.BackOffice;

/// <summary>The editors' back-office at /umbraco: login, users and roles, content tree, editors, workflow.</summary>
public static class BackOfficeExtensions
{
    public static IHostApplicationBuilder AddBackOffice(this IHostApplicationBuilder builder)
    {
        return builder;
    }

    public static WebApplication MapBackOffice(this WebApplication app)
    {
        return app;
    }
}
