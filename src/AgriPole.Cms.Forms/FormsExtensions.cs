using AgriPole.Cms.Core.Configuration;
using AgriPole.Cms.Forms.Api;
using AgriPole.Cms.Forms.Configuration;
using AgriPole.Cms.Forms.Definitions;
using AgriPole.Cms.Forms.Inbox;
using AgriPole.Cms.Forms.Mail;
using AgriPole.Cms.Forms.Newsletter;
using AgriPole.Cms.Forms.Rendering;
using AgriPole.Cms.Forms.Storage;
using AgriPole.Cms.Forms.Submissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Forms;

/// <summary>Forms (contact, membership, newsletter): definitions, submissions, outbox, headless API.</summary>
public static class FormsExtensions
{
    public static IHostApplicationBuilder AddCmsForms(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FormsSettings>().BindConfiguration(FormsSettings.SectionName)
            .Validate(s => s.RateLimitPermits > 0 && s.RateLimitWindow > TimeSpan.Zero, "AgriPole:Forms: RateLimitPermits and RateLimitWindow must be positive.")
            .Validate(s => s.OutboxMaxAttempts > 0 && s.OutboxPollInterval > TimeSpan.Zero && s.OutboxLease > TimeSpan.Zero, "AgriPole:Forms: outbox settings must be positive.")
            .Validate(s => s.PublicBaseUrl is null || Uri.TryCreate(s.PublicBaseUrl, UriKind.Absolute, out _), "AgriPole:Forms:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddOptions<SmtpSettings>().BindConfiguration(SmtpSettings.SectionName)
            .Validate(s => s.Port is > 0 and < 65536, "Umbraco:CMS:Global:Smtp:Port must be a TCP port.")
            .Validate(s => string.IsNullOrWhiteSpace(s.From) || FormDefinitionLoader.IsPlainAddress(s.From.Trim()), "Umbraco:CMS:Global:Smtp:From must be an e-mail address.")
            .Validate(s => Enum.TryParse<MailKit.Security.SecureSocketOptions>(s.SecureSocketOptions, true, out _), "Umbraco:CMS:Global:Smtp:SecureSocketOptions must be None, Auto, SslOnConnect, StartTls or StartTlsWhenAvailable.")
            .ValidateOnStart();
        services.AddOptions<FormsSecuritySettings>().BindConfiguration(FormsSecuritySettings.SectionName).ValidateOnStart();
        services.AddOptions<FormsOptionsSettings>().BindConfiguration(FormsOptionsSettings.SectionName).ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddAntiforgery();
        var contentRoot = builder.Environment.ContentRootPath;
        var configuration = builder.Configuration;
        services.AddSingleton<IFormDefinitions>(_ =>
            new FormDefinitions(FormDefinitionLoader.LoadFolder(CmsConfigFolder.Resolve(configuration["AgriPole:Cms:ConfigFolder"], contentRoot, AppContext.BaseDirectory))));
        services.AddDbContextFactory<FormsDbContext>(options =>
        {
            var (cs, provider) = FormsDatabase.Resolve(configuration, contentRoot);
            FormsDatabase.Configure(options, cs, provider);
        });

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<FormsWriteGate>();
        services.AddSingleton<FormTimestampProtector>();
        services.AddSingleton<FormsRateLimiter>();
        services.AddSingleton<ClientIpHasher>();
        services.AddSingleton<FormSubmissionService>();
        services.AddSingleton<IFormHtmlRenderer, FormHtmlRenderer>();
        services.AddSingleton<FormPostHandler>();
        services.AddSingleton<NewsletterUnsubscribeLinks>();
        services.AddSingleton<NewsletterService>();
        services.AddSingleton<IFormEntryInbox, FormEntryInbox>();
        services.AddSingleton<IPersonalDataService, PersonalDataService>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddSingleton<RetentionPurgeService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPurgeService>());
        return builder;
    }

    /// <summary>Loads the definitions (a broken file stops the app here), migrates the forms tables, maps the routes.</summary>
    public static WebApplication MapCmsForms(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<IFormDefinitions>();
        using (var scope = app.Services.CreateScope())
        {
            using var db = scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<FormsDbContext>>().CreateDbContext();
            FormsDatabase.Migrate(db);
        }

        FormsEndpoints.Map(app);
        FormsApiEndpoints.Map(app);
        return app;
    }
}
