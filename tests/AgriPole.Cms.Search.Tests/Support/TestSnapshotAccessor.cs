using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Tests.Support;

public sealed class TestSnapshotAccessor(IPublishedSnapshot current) : IPublishedSnapshotAccessor
{
    public IPublishedSnapshot Current { get; set; } = current;
}
