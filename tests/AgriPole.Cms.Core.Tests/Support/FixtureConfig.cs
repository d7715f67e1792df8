using System.Text.Json.Nodes;

namespace AgriPole.Cms.Core.Tests.Support;

/// <summary>A private copy of Fixtures/umbraco-config in a temp folder, which a test may edit (or break).</summary>
public sealed class FixtureConfig : IDisposable
{
    public FixtureConfig()
    {
        Folder = Path.Combine(Path.GetTempPath(), "agripole-engine-tests", Guid.NewGuid().ToString("N"), "umbraco-config");
        Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "umbraco-config"), Folder);
    }

    public string Folder { get; }

    /// <summary>Parses a file (comments allowed), lets the test change it, writes it back.</summary>
    public void Edit(string relativeFile, Action<JsonObject> change)
    {
        var path = Path.Combine(Folder, relativeFile);
        var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!.AsObject();
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    public void Write(string relativeFile, string text)
    {
        var path = Path.Combine(Folder, relativeFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
