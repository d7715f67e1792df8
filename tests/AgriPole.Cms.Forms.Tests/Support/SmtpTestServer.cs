using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace AgriPole.Cms.Forms.Tests.Support;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd (python3-aiosmtpd) on loopback, storing each message as a file in a maildir.
/// Can be stopped and started again on the same port to play "SMTP down, then back".
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private Process? _process;

    public SmtpTestServer()
    {
        Port = FreePort();
        Maildir = Path.Combine(Path.GetTempPath(), "agripole-smtp", Guid.NewGuid().ToString("N"));
        // Python's Maildir only builds its tmp/new/cur layout when the folder does not exist yet; build it here.
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, sub));
        }
    }

    public int Port { get; }

    public string Maildir { get; }

    public void Start()
    {
        if (_process is not null)
        {
            return;
        }

        var psi = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(psi) ?? throw new InvalidOperationException("aiosmtpd did not start");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException("aiosmtpd exited: " + _process.StandardError.ReadToEnd());
                }

                Thread.Sleep(100);
            }
        }

        throw new TimeoutException("aiosmtpd did not listen on port " + Port);
    }

    public void Stop()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>Messages received so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> messages arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var messages = Messages();
            if (messages.Count >= count || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }

    public void ConfigureApp(Dictionary<string, string?> settings)
    {
        settings["Umbraco:CMS:Global:Smtp:Host"] = "127.0.0.1";
        settings["Umbraco:CMS:Global:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Umbraco:CMS:Global:Smtp:From"] = "site@agripole.example";
        settings["Umbraco:CMS:Global:Smtp:SecureSocketOptions"] = "None";
        settings["AgriPole:Forms:SmtpTimeout"] = "00:00:05";
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(Maildir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
