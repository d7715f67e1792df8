namespace AgriPole.Cms.Persistence.Content;

/// <summary>The GUID format of stored paths ("key,key,key"), lower-case "D" so LIKE prefixes match.</summary>
internal static class Keys
{
    public static string Format(Guid key) => key.ToString("D");

    public static IEnumerable<Guid> Split(string path) =>
        path.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);
}
