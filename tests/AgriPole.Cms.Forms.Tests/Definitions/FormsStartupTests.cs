using AgriPole.Cms.Forms.Tests.Support;
using AgriPole.Testing;

namespace AgriPole.Cms.Forms.Tests.Definitions;

public sealed class FormsStartupTests : IDisposable
{
    private readonly string _config = Path.Combine(Path.GetTempPath(), "agripole-forms-config", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Start_BrokenFormFile_AppStopsWithFileAndFieldInMessage()
    {
        CopyFolder(TestForms.ConfigFolder, _config);
        var file = Path.Combine(_config, "forms", "contact.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"type\": \"textarea\"", "\"type\": \"richText\"", StringComparison.Ordinal));
        using var factory = new AgriPoleApplicationFactory();
        factory.Settings["AgriPole:Cms:ConfigFolder"] = _config;

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var all = Flatten(ex).ToList();
        Assert.Contains(all, e => e.Message.StartsWith("umbraco-config/forms/contact.json: fields[5].type: unknown field type 'richText'", StringComparison.Ordinal));
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        yield return e;
        if (e is AggregateException agg)
        {
            foreach (var inner in agg.InnerExceptions.SelectMany(Flatten))
            {
                yield return inner;
            }
        }
        else if (e.InnerException is { } inner)
        {
            foreach (var x in Flatten(inner))
            {
                yield return x;
            }
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(f, f.Replace(from, to, StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_config, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
