using AgriPole.Cms.BackOffice.Assets;
using AgriPole.Cms.BackOffice.Content;
using AgriPole.Cms.BackOffice.Data;
using AgriPole.Cms.BackOffice.Identity;
using AgriPole.Cms.BackOffice.Security;
using AgriPole.Cms.BackOffice.Workflow;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Cms.Persistence.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.BackOffice;

/// <summary>The editors' back-office at /umbraco: login, users and roles, content tree, editors, workflow.</summary>
public static class BackOfficeExtensions
{
    public const string Area = "UmbracoBackOffice";

    public static IHostApplicationBuilder AddBackOffice(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BackOfficeSettings>()
            .Bind(builder.Configuration.GetSection(BackOfficeSettings.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<UnattendedSettings>().Bind(builder.Configuration.GetSection(UnattendedSettings.SectionName));
        services.TryAddSingletonTimeProvider();

        // Same database as the content engine, resolved by the engine's factory (|DataDirectory|, provider, SQLite pragmas).
        services.AddDbContext<BackOfficeDbContext>((sp, options) =>
        {
            var cms = sp.GetRequiredService<CmsDbContextFactory>();
            if (cms.IsSqlite)
            {
                options.UseSqlite(cms.ConnectionString, o => o.MigrationsHistoryTable(BackOfficeDbContext.MigrationsHistoryTable))
                    .AddInterceptors(new SqlitePragmaInterceptor());
            }
            else
            {
                // Known debt: the migrations are generated for SQLite; PostgreSQL needs its own migrations assembly.
                options.UseNpgsql(cms.ConnectionString, o => o.MigrationsHistoryTable(BackOfficeDbContext.MigrationsHistoryTable));
            }
        });

        var settings = builder.Configuration.GetSection(BackOfficeSettings.SectionName).Get<BackOfficeSettings>() ?? new BackOfficeSettings();
        services.AddIdentityCore<BackOfficeUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = settings.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = settings.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BackOfficeDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthentication()
            .AddCookie(BackOfficeAuthentication.Scheme, o =>
            {
                o.Cookie.Name = BackOfficeAuthentication.CookieName;
                o.Cookie.Path = "/umbraco";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = settings.IdleTimeout;
                o.SlidingExpiration = true;
                o.LoginPath = BackOfficeAuthentication.LoginPath;
                o.LogoutPath = "/umbraco/logout";
                o.AccessDeniedPath = "/umbraco/access-denied";
                o.ReturnUrlParameter = "returnUrl";
                o.Events = new CookieAuthenticationEvents
                {
                    OnValidatePrincipal = SecurityStampCheck.ValidateAsync,
                    OnRedirectToLogin = ctx => RespondOrRedirect(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => RespondOrRedirect(ctx, StatusCodes.Status403Forbidden),
                };
            });
        services.AddAuthorization(BackOfficePolicies.Add);

        services.AddRazorPages(o =>
        {
            // Secure by default: every back-office page needs a back-office role unless listed here.
            o.Conventions.AuthorizeAreaFolder(Area, "/", BackOfficePolicies.Access);
            o.Conventions.AllowAnonymousToAreaPage(Area, "/Login");
            o.Conventions.AllowAnonymousToAreaPage(Area, "/AccessDenied");
        });

        services.AddScoped<LoginRateLimiter>();
        services.AddScoped<BackOfficeUserService>();
        services.AddScoped<BackOfficeSignIn>();
        services.AddScoped<BackOfficeAudit>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddScoped<PropertyFormBinder>();
        services.AddScoped<ContentTree>();
        services.AddScoped<Pickers.PickerSource>();
        services.AddScoped<ContentEditor>();
        services.AddScoped<ContentHistory>();
        services.AddScoped<RecycleBin>();
        services.AddScoped<DictionaryEditor>();
        services.AddSingleton<RedirectCache>();
        services.AddScoped<INotificationHandler<PublishedSnapshotChangedNotification>, RedirectTracker>();
        services.AddSingleton<ScheduledPublisher>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return builder;
    }

    public static WebApplication MapBackOffice(this WebApplication app)
    {
        // Here, after the host's UseRouting, so that authorization sees the endpoint.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RedirectMiddleware>();

        BackOfficeInitializer.InitializeAsync(app.Services).GetAwaiter().GetResult();

        BackOfficeAssets.Map(app);
        app.MapRazorPages();
        return app;
    }

    /// <summary>Runs a back-office command (e.g. create-admin) instead of the site; returns the exit code.</summary>
    public static Task<int> RunBackOfficeCommandAsync(this WebApplication app, string[] args) =>
        BackOfficeCommands.RunAsync(app.Services, args, Console.In, Console.Out, Console.Error);

    // Pages get the login page; fetch() calls and non-GET requests get a bare status, never a redirect loop.
    private static Task RespondOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        var request = ctx.Request;
        var wantsHtml = HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (wantsHtml)
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }
        else
        {
            ctx.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
