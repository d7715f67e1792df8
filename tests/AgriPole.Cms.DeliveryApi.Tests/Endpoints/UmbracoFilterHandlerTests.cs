using AgriPole.Cms.DeliveryApi.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DeliveryApi;
using static AgriPole.Cms.DeliveryApi.Tests.TestSupport.HttpExtensions;

namespace AgriPole.Cms.DeliveryApi.Tests.Endpoints;

/// <summary>An Umbraco <see cref="IFilterHandler"/> registered in DI works in the real app's content query.</summary>
public class UmbracoFilterHandlerTests : IClassFixture<UmbracoFilterHandlerTests.Factory>
{
    private readonly HttpClient _client;

    public UmbracoFilterHandlerTests(Factory factory) => _client = factory.CreateClient();

    /// <summary>"memberKind:company" filters members on their "kind" dropdown, the way an Umbraco site would write it.</summary>
    public sealed class MemberKindFilter : IFilterHandler
    {
        private const string Prefix = "memberKind:";

        public bool CanHandle(string query) => query.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

        public FilterOption BuildFilterOption(string filter) => new()
        {
            FieldName = "kind",
            Values = filter[Prefix.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            Operator = FilterOperation.Is,
        };
    }

    public sealed class Factory : DeliveryApiAppFactory
    {
        public Factory() => ConfigureTestServices = services => services.AddSingleton<IFilterHandler, MemberKindFilter>();
    }

    [Fact]
    public async Task Query_CustomUmbracoFilter_FiltersByIndexedField()
    {
        var all = await (await _client.GetAsync($"{Base}/content?fetch=children:{SeedKeys.MembersDirectory}&take=100")).JsonAsync();
        var cooperatives = await (await _client.GetAsync($"{Base}/content?fetch=children:{SeedKeys.MembersDirectory}&filter=memberKind:cooperative&take=100")).JsonAsync();
        var total = cooperatives.GetProperty("total").GetInt64();
        Assert.InRange(total, 1, all.GetProperty("total").GetInt64() - 1);
        Assert.All(cooperatives.GetProperty("items").EnumerateArray(), i => Assert.Equal("cooperative", i.GetProperty("properties").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Query_FilterNoHandlerKnows_IsStillBadRequest()
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await _client.GetAsync($"{Base}/content?filter=memberColour:green")).StatusCode);
    }
}
