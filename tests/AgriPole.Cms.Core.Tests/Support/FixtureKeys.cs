namespace AgriPole.Cms.Core.Tests.Support;

/// <summary>Keys of the fixture's seed content (Fixtures/umbraco-config/content).</summary>
public static class FixtureKeys
{
    public static readonly Guid Home = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000001");
    public static readonly Guid About = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000002");
    public static readonly Guid WhyJoin = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000003");
    public static readonly Guid Benefits = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000004");
    public static readonly Guid Draft = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000005");
    public static readonly Guid NewsList = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000006");
    public static readonly Guid NewsItem = Guid.Parse("0a6b1c2d-1000-4000-8000-000000000007");
    public static readonly Guid LogoFolder = Guid.Parse("0a6b1c2d-2000-4000-8000-000000000001");
    public static readonly Guid Logo = Guid.Parse("0a6b1c2d-2000-4000-8000-000000000002");
}
