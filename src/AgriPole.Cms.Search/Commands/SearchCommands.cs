using AgriPole.Cms.Core.PublishedCache;
using AgriPole.Cms.Search.Indexing;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgriPole.Cms.Search.Commands;

/// <summary>Command-line verbs of the search layer: `dotnet run --project src/AgriPole.Web -- rebuild-index`.</summary>
public static class SearchCommands
{
    public const string RebuildIndex = "rebuild-index";

    /// <summary>
    /// Runs a search command named in <paramref name="args"/> and returns true (the host should then exit, with
    /// <see cref="Environment.ExitCode"/> set); returns false when there is none, so the site starts as usual.
    /// </summary>
    public static bool TryRunSearchCommand(this IHost host, string[] args, TextWriter? output = null)
    {
        if (!args.Contains(RebuildIndex, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        output ??= Console.Out;
        Environment.ExitCode = RunRebuild(host.Services, output);
        return true;
    }

    public static int RunRebuild(IServiceProvider services, TextWriter output)
    {
        var index = services.GetRequiredService<IIndex>();
        var snapshot = services.GetRequiredService<IPublishedSnapshotAccessor>().Current;
        try
        {
            output.WriteLine($"Opening the search index in {index.Folder}");
            var opened = index.Open();
            output.WriteLine($"Index {opened}; rebuilding from {snapshot.ContentCount} published nodes");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var written = index.Rebuild(snapshot, new Progress(output));
            output.WriteLine($"Done: {written} documents in {started.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }
        catch (LockObtainFailedException)
        {
            output.WriteLine($"The index in {index.Folder} is locked by a running site: stop it first (each node rebuilds its own index at start).");
            return 2;
        }
        catch (Exception ex)
        {
            output.WriteLine($"Rebuilding the search index failed: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Writes synchronously (IProgress&lt;T&gt;'s default posts to the thread pool and could print after "Done").</summary>
    private sealed class Progress(TextWriter output) : IProgress<IndexRebuildProgress>
    {
        public void Report(IndexRebuildProgress value) =>
            output.WriteLine($"  {value.NodesDone}/{value.NodesTotal} nodes, {value.DocumentsWritten} documents");
    }
}
