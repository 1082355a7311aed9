using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Hedershus.Core.Delivery;

/// <summary>How Delivery API bodies are written: UTF-8, letters of every script unescaped (å, ا), as Umbraco sends them.</summary>
internal static class DeliveryJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(json);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// What a writer method writes, as a node: lets the property converters (which build nodes) use the same writers
    /// as the rest of the output, so each shape has one implementation. Null when nothing was written.
    /// </summary>
    public static JsonNode? Capture(Func<Utf8JsonWriter, bool> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        bool written;
        using (var json = new Utf8JsonWriter(buffer))
        {
            written = write(json);
        }

        return written ? JsonNode.Parse(buffer.WrittenSpan) : null;
    }
}
