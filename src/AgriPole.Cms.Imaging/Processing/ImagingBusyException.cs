namespace AgriPole.Cms.Imaging.Processing;

/// <summary>Every decode slot stayed busy for the queue timeout: answer 503 with Retry-After.</summary>
public sealed class ImagingBusyException : Exception
{
    public ImagingBusyException()
        : base("Every image decode slot is busy.")
    {
    }

    public ImagingBusyException(string message)
        : base(message)
    {
    }

    public ImagingBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
