using System.Security.Claims;
using System.Text.Encodings.Web;
using AgriPole.Cms.Core.Notifications;
using AgriPole.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgriPole.Cms.Imaging.Tests.Support;

/// <summary>
/// The real app with a test-only "BackOffice" policy (a request carrying X-Test-User is an authenticated editor) and a
/// recorder of media notifications. Antiforgery is off unless a test turns it on.
/// </summary>
public sealed class MediaApplicationFactory : AgriPoleApplicationFactory
{
    public const string UserHeader = "X-Test-User";

    public MediaApplicationFactory()
    {
        Settings["AgriPole:Imaging:RequireAntiforgery"] = "false";
    }

    public NotificationRecorder Notifications { get; } = new();

    /// <summary>A client that is signed in as an editor.</summary>
    public HttpClient CreateEditorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(UserHeader, "editor@example.org");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, _ => { });
            services.AddAuthorization(o => o.AddPolicy("BackOffice", p => p.AddAuthenticationSchemes(HeaderAuthenticationHandler.SchemeName).RequireAuthenticatedUser()));
            services.AddSingleton(Notifications);
            services.AddSingleton<INotificationHandler<MediaChangedNotification>>(Notifications);
        });
    }

    public sealed class NotificationRecorder : INotificationHandler<MediaChangedNotification>
    {
        private readonly List<Guid> _keys = [];

        public IReadOnlyList<Guid> Keys
        {
            get
            {
                lock (_keys)
                {
                    return [.. _keys];
                }
            }
        }

        public Task HandleAsync(MediaChangedNotification notification, CancellationToken cancellationToken)
        {
            lock (_keys)
            {
                _keys.AddRange(notification.Keys);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class HeaderAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "TestHeader";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(UserHeader, out var user) || string.IsNullOrEmpty(user))
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.ToString())], SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }
    }
}
