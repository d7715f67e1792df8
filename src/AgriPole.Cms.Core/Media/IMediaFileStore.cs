namespace AgriPole.Cms.Core.Media;

/// <summary>The media root on disk: files live there under generated names, never the uploader's.</summary>
public interface IMediaFileStore
{
    /// <summary>Absolute path of the media root ({DataFolder}/media).</summary>
    string RootPath { get; }

    /// <summary>Moves a validated file under the media root with a fresh generated name; returns its storage path ("ab/cdef….jpg").</summary>
    Task<string> StoreAsync(ValidatedMediaFile file, CancellationToken cancellationToken = default);

    /// <summary>The public URL of a stored file: "/media/" + storage path.</summary>
    string GetUrl(string storagePath);

    /// <summary>The absolute path of a stored file, or null when the storage path would leave the media root.</summary>
    string? GetPhysicalPath(string storagePath);

    /// <summary>Deletes a stored file (e.g. after a failed save or a replace); false when it was not there.</summary>
    bool Delete(string storagePath);
}
