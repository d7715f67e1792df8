namespace AgriPole.Cms.Persistence.Content;

/// <summary>Who this node (process, or service provider in tests) is, so its poller skips the cache instructions it wrote itself.</summary>
public sealed class CmsNodeIdentity
{
    public string Id { get; } = Environment.MachineName + "/" + Environment.ProcessId + "/" + Guid.NewGuid().ToString("N")[..8];
}
