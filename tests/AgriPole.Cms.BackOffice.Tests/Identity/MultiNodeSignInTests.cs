using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AgriPole.Cms.BackOffice.Tests.Identity;

/// <summary>
/// Two app hosts on one database file, as two nodes behind a load balancer, and a node restarted: the back-office
/// cookie is protected with the key ring kept in the database, so every node (and a restarted one) accepts it.
/// </summary>
public sealed class MultiNodeSignInTests : IDisposable
{
    private readonly BackOfficeApp _nodeA = new();
    private readonly List<BackOfficeApp> _others = [];

    [Fact]
    public async Task Dashboard_CookieIssuedByNodeA_AcceptedByNodeB()
    {
        var jar = new CookieContainer();
        using var onA = _nodeA.CreateDefaultClient(new CookieContainerHandler(jar));
        var email = await _nodeA.CreateUserAsync("Editor");
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(onA, email, BackOfficeApp.Password)).StatusCode);
        using var onB = SecondNode().CreateDefaultClient(new CookieContainerHandler(jar));

        var dashboard = await onB.GetAsync("/umbraco");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Dashboard_CookieIssuedBeforeRestart_AcceptedAfterRestart()
    {
        var jar = new CookieContainer();
        var email = await _nodeA.CreateUserAsync("Administrator");
        var beforeRestart = SecondNode();
        using (var client = beforeRestart.CreateDefaultClient(new CookieContainerHandler(jar)))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeApp.PostLoginAsync(client, email, BackOfficeApp.Password)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/umbraco")).StatusCode);
        }

        // The node stops (its in-memory key ring goes with it) and a new process starts on the same database.
        beforeRestart.Dispose();
        _others.Remove(beforeRestart);
        using var afterRestart = SecondNode().CreateDefaultClient(new CookieContainerHandler(jar));

        Assert.Equal(HttpStatusCode.OK, (await afterRestart.GetAsync("/umbraco")).StatusCode);
    }

    [Fact]
    public async Task Login_PageRenderedByNodeA_PostedToNodeB_SignsIn()
    {
        var jar = new CookieContainer();
        using var onA = _nodeA.CreateDefaultClient(new CookieContainerHandler(jar));
        using var onB = SecondNode().CreateDefaultClient(new CookieContainerHandler(jar));
        var email = await _nodeA.CreateUserAsync("Writer");
        var token = await BackOfficeApp.GetAntiforgeryTokenAsync(onA, "/umbraco/login");

        var response = await onB.PostAsync("/umbraco/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = BackOfficeApp.Password,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/umbraco", response.Headers.Location?.OriginalString);
    }

    private BackOfficeApp SecondNode()
    {
        _ = _nodeA.Server;
        var node = new BackOfficeApp();
        node.Settings["ConnectionStrings:umbracoDbDSN"] = $"Data Source={_nodeA.DatabaseFile};Cache=Shared;Foreign Keys=True;Pooling=True";
        _others.Add(node);
        return node;
    }

    public void Dispose()
    {
        foreach (var node in _others)
        {
            node.Dispose();
        }

        _nodeA.Dispose();
    }
}
