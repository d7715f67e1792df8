namespace AgriPole.Cms.Core.Media;

/// <summary>
/// A file that passed validation, held in a temporary file until <see cref="IMediaFileStore.StoreAsync"/> moves it
/// under the media root. Disposing deletes the temporary file if it is still there.
/// </summary>
public sealed class ValidatedMediaFile : IDisposable
{
    public required string TempFilePath { get; init; }

    /// <summary>Sanitised original name (for display and the item's default name only; never used on disk).</summary>
    public required string SafeFileName { get; init; }

    /// <summary>Lower-case, without the dot; the canonical one for the detected format ("jpg" for .jpeg).</summary>
    public required string Extension { get; init; }

    /// <summary>"Image" or "File".</summary>
    public required string MediaTypeAlias { get; init; }

    public required long Bytes { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public void Dispose()
    {
        try
        {
            File.Delete(TempFilePath);
        }
        catch (IOException)
        {
            // A temp file left behind is cleaned with the temp folder; never worth failing a request for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
