using System.Globalization;

namespace AgriPole.LoadDriver;

/// <summary>The app's memory from /proc/{pid}/status (Linux): VmRSS now and VmHWM, the peak since the last reset.</summary>
public sealed class ProcessMemory(int pid)
{
    public long RssKiB() => Read("VmRSS:");

    public long PeakKiB() => Read("VmHWM:");

    /// <summary>Resets VmHWM to the current RSS (writing 5 to clear_refs), so a phase's peak is its own; false when not allowed.</summary>
    public bool ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Samples VmRSS every <paramref name="interval"/> until cancelled; returns the largest sample in KiB.</summary>
    public async Task<long> SampleMaxAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        long max = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                max = Math.Max(max, RssKiB());
                await Task.Delay(interval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The phase ended.
        }

        return Math.Max(max, RssKiB());
    }

    private long Read(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
