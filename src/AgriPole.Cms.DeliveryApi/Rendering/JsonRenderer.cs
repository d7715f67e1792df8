using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AgriPole.Cms.DeliveryApi.Caching;

namespace AgriPole.Cms.DeliveryApi.Rendering;

/// <summary>Renders a body with a per-thread reusable buffer and writer (the hot path allocates only the result array).</summary>
public static class JsonRenderer
{
    // Accented French stays readable; HTML-significant characters are still escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), MaxDepth = 1000 };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static RenderedResponse Render(Action<Utf8JsonWriter> write) => RenderedResponse.Create(RenderBytes(write));

    public static byte[] RenderBytes(Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        var writer = t_writer;
        if (writer is null)
        {
            writer = t_writer = new Utf8JsonWriter(buffer, Options);
        }
        else
        {
            writer.Reset(buffer);
        }

        try
        {
            write(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            // A large body should not pin a large buffer to the thread for ever.
            if (buffer.Capacity > 1024 * 1024)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }
}
