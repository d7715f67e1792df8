namespace AgriPole.Cms.DeliveryApi.Tests.TestSupport;

/// <summary>Keys of umbraco-config/content and media seed items the integration tests read.</summary>
public static class SeedKeys
{
    public static readonly Guid Home = Guid.Parse("221fe5ba-9150-4bc4-a14c-1a20738c3be2");
    public static readonly Guid WhyJoin = Guid.Parse("f618bf21-5161-437a-80bc-94344513a17e");
    public static readonly Guid Policy = Guid.Parse("ef5f14df-4abf-436e-9f2c-e6ade80b1be4");
    public static readonly Guid Phase3 = Guid.Parse("9d6700d5-0e11-4fcc-9082-1915929e2f96");
    public static readonly Guid NewsList = Guid.Parse("a8192b9c-8b5b-443f-b2f4-1b9b2496f949");
    public static readonly Guid MembersDirectory = Guid.Parse("bf583673-e13d-4cdb-b1f4-c86ee16b1204");
    public static readonly Guid ErrorPage = Guid.Parse("362a6248-8e04-4459-a4d3-2e2f970de2ed");
    public static readonly Guid LogosFolder = Guid.Parse("bb87b7c5-147e-44df-8cb4-f26968ddc9b8");
    public static readonly Guid Logo1 = Guid.Parse("b72bb662-3d42-4ece-8d7a-fa2c64bfd2a6");
}
