using System.Net;
using AgriPole.Cms.BackOffice.Assets;
using AgriPole.Cms.BackOffice.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AgriPole.Cms.BackOffice.Tests.Security;

/// <summary>
/// Every back-office endpoint the app actually maps (read from its EndpointDataSource, so a new page is covered the
/// day it is added) × anonymous, Writer, Editor, Administrator.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<BackOfficeApp>
{
    // Answer without login on purpose: the login form and the CSS/JS it needs.
    private static readonly HashSet<string> PublicRoutes = new(StringComparer.OrdinalIgnoreCase)
    {
        "/umbraco/login",
        "/umbraco/access-denied",
        BackOfficeAssets.BasePath + "/{file}",
    };

    private readonly BackOfficeApp app;

    public AuthorizationMatrixTests(BackOfficeApp app) => this.app = app;

    [Fact]
    public void Endpoints_EveryBackOfficeRoute_RequiresABackOfficePolicyUnlessListedPublic()
    {
        foreach (var endpoint in BackOfficeEndpoints())
        {
            var route = Route(endpoint);
            if (PublicRoutes.Contains(route))
            {
                Assert.True(endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null, route);
                continue;
            }

            Assert.True(endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null, $"{route} allows anonymous access");
            Assert.NotEmpty(AllowedRoles(endpoint));
        }
    }

    [Fact]
    public async Task Endpoints_EveryRouteAndRole_AnswerOnlyToAllowedRoles()
    {
        var endpoints = BackOfficeEndpoints().Where(e => !PublicRoutes.Contains(Route(e))).ToList();
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} back-office endpoints found");
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.CreateBrowser() };
        foreach (var role in BackOfficeRoles.All)
        {
            clients[role] = await app.SignedInAsync(role);
        }

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var allowed = AllowedRoles(endpoint);
            var url = Materialize(Route(endpoint));
            foreach (var method in Methods(endpoint))
            {
                foreach (var (who, client) in clients)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    var unsafeMethod = method != HttpMethods.Get;
                    if (unsafeMethod)
                    {
                        request.Content = new FormUrlEncodedContent([]);
                    }

                    using var response = await client.SendAsync(request);
                    var status = (int)response.StatusCode;
                    var expected = who == "anonymous" ? "401"
                        : !allowed.Contains(who) ? "403"
                        : unsafeMethod ? "400 (antiforgery)"
                        : "not 401/403";
                    // A POST without an antiforgery token must be refused by whoever is allowed in: 400 everywhere.
                    var ok = who == "anonymous" ? status == 401
                        : !allowed.Contains(who) ? status == 403
                        : unsafeMethod ? status == 400
                        : status is not (401 or 403) and < 500;
                    if (!ok)
                    {
                        failures.Add($"{method} {url} as {who}: {status}, expected {expected}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("/umbraco/media/delete", new[] { BackOfficeRoles.Administrator, BackOfficeRoles.Editor })]
    [InlineData("/umbraco/media", new[] { BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer })]
    [InlineData("/umbraco/media/edit/{key:guid}", new[] { BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer })]
    [InlineData("/umbraco/picker/{kind}", new[] { BackOfficeRoles.Administrator, BackOfficeRoles.Editor, BackOfficeRoles.Writer })]
    public void Endpoints_MediaAndPickerRoutes_AdmitExactlyTheirRoles(string route, string[] roles)
    {
        // The matrix above covers every route generically; these pin the media library's and the picker endpoint's rules (permanent deletion:
        // Editors and Administrators only) so a lost [Authorize] on the page cannot pass as "any back-office role".
        var endpoint = Assert.Single(BackOfficeEndpoints(), e => string.Equals(Route(e), route, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(roles.Order(), AllowedRoles(endpoint).Order());
    }

    /// <summary>
    /// Page handlers share their page's route (so the sweep above reaches them only without a handler); the POST
    /// handlers that change data are listed here with the policy of their page and checked the same way.
    /// </summary>
    [Fact]
    public async Task Handlers_EveryDataChangingHandlerAndRole_AnswerOnlyToAllowedRoles()
    {
        var handlers = new (string Url, string Policy)[]
        {
            ("/umbraco/inbox/contact?handler=bulk", AgriPole.Cms.BackOffice.FormsInbox.InboxPolicies.ReadEntries),
            ($"/umbraco/inbox/entry/{Guid.NewGuid()}?handler=handled", AgriPole.Cms.BackOffice.FormsInbox.InboxPolicies.ReadEntries),
            ($"/umbraco/inbox/entry/{Guid.NewGuid()}?handler=delete", AgriPole.Cms.BackOffice.FormsInbox.InboxPolicies.ReadEntries),
            ("/umbraco/outbox?handler=retry", AgriPole.Cms.BackOffice.FormsInbox.InboxPolicies.Administer),
            ("/umbraco/gdpr?handler=delete", AgriPole.Cms.BackOffice.FormsInbox.InboxPolicies.Administer),
            ($"/umbraco/media/edit/{Guid.NewGuid()}?handler=crop", BackOfficePolicies.Access),
            ($"/umbraco/media/edit/{Guid.NewGuid()}?handler=alt", BackOfficePolicies.Access),
            ($"/umbraco/media/edit/{Guid.NewGuid()}?handler=focal", BackOfficePolicies.Access),
            ("/umbraco/media?handler=trash", BackOfficePolicies.Access),
            ("/umbraco/media?handler=restore", BackOfficePolicies.Access),
            ("/umbraco/media?handler=move", BackOfficePolicies.Access),
            ("/umbraco/recycle-bin?handler=restore", BackOfficePolicies.Access),
            ($"/umbraco/content/edit/{Guid.NewGuid()}?handler=move", BackOfficePolicies.Access),
            ($"/umbraco/content/edit/{Guid.NewGuid()}?handler=copy", BackOfficePolicies.Access),
            ("/umbraco/media/delete?all=true", BackOfficePolicies.Publish),
            ($"/umbraco/content/edit/{Guid.NewGuid()}?handler=blocks", BackOfficePolicies.Access),
            ($"/umbraco/content/edit/{Guid.NewGuid()}?handler=sort", BackOfficePolicies.Access),
        };
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = app.CreateBrowser() };
        foreach (var role in BackOfficeRoles.All)
        {
            clients[role] = await app.SignedInAsync(role);
        }

        var failures = new List<string>();
        foreach (var (url, policy) in handlers)
        {
            var allowed = BackOfficePolicies.RolesFor(policy);
            foreach (var (who, client) in clients)
            {
                using var response = await client.PostAsync(url, new FormUrlEncodedContent([new("id", Guid.NewGuid().ToString()), new("keys", Guid.NewGuid().ToString()), new("bulk", "delete"), new("confirmed", "true")]));
                var status = (int)response.StatusCode;
                var expected = who == "anonymous" ? 401 : allowed.Contains(who) ? 400 : 403;
                if (status != expected)
                {
                    failures.Add($"POST {url} as {who}: {status}, expected {expected}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private List<RouteEndpoint> BackOfficeEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => Route(e) is var raw
                && (raw.Equals("/umbraco", StringComparison.OrdinalIgnoreCase) || raw.StartsWith("/umbraco/", StringComparison.OrdinalIgnoreCase))
                && !IsDeliveryApi(raw))
            .ToList();

    // The Delivery API, its OpenAPI document and the visitors' form posts (Umbraco Forms' URLs) live under /umbraco too
    // but are public by design (covered by their own tests).
    private static bool IsDeliveryApi(string route) =>
        route.StartsWith("/umbraco/forms/", StringComparison.OrdinalIgnoreCase) ||
        route.StartsWith("/umbraco/delivery/", StringComparison.OrdinalIgnoreCase)
        || route.Equals("/umbraco/swagger", StringComparison.OrdinalIgnoreCase)
        || route.StartsWith("/umbraco/swagger/delivery/", StringComparison.OrdinalIgnoreCase);

    // Razor Pages report "umbraco/login", minimal APIs "/umbraco/..."; compare one form.
    private static string Route(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    // The roles every policy on the endpoint admits (all policies must pass).
    private static HashSet<string> AllowedRoles(Endpoint endpoint)
    {
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null).ToList();
        var roles = new HashSet<string>(BackOfficeRoles.All);
        if (policies.Count == 0)
        {
            return [];
        }

        foreach (var policy in policies)
        {
            roles.IntersectWith(BackOfficePolicies.RolesFor(policy!));
        }

        return roles;
    }

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE") ?? ["GET", "POST"];

    private static string Materialize(string raw)
    {
        var url = System.Text.RegularExpressions.Regex.Replace(raw, "\\{([^}:?=]+)[^}]*\\}", m => m.Groups[1].Value switch
        {
            var n when n.Contains("key", StringComparison.OrdinalIgnoreCase) || n.Contains("id", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
            "culture" => "fr-FR",
            // The picker endpoint answers real data for a real kind (an unknown one is a 404 for everyone).
            "kind" => "content",
            _ => "x",
        });
        return url;
    }
}
