using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Hedershus.Core.Content.Published;

/// <summary>
/// Turns the stored published JSON of a culture (<c>{"properties": {…}, "cultures": {"sv": {"properties": {…}}}}</c>)
/// into <see cref="PublishedPropertyDictionary"/>: the invariant and the culture's values flattened into one object, the
/// culture's winning, written again without the escapes the database copy carries (<c>\u00E4</c> for ä,
/// <c>\u003C</c> for &lt;, every Arabic letter as six bytes): output is escaped when it is written, so the snapshot
/// need not hold text at up to three times its size. Aliases and alias lists are shared. Thread-safe.
/// </summary>
public sealed class PublishedPropertyReader
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_output;

    private readonly ConcurrentDictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _aliasLists = new(StringComparer.Ordinal);

    // Start-up runs this once per node and culture before tiered compilation has optimised it: compile it optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PublishedPropertyDictionary Read(string storedJson, string culture)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(storedJson.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(storedJson, bytes);
            using var stored = JsonDocument.Parse(bytes.AsMemory(0, length));
            var invariant = Member(stored.RootElement, "properties");
            var variant = CultureProperties(stored.RootElement, culture);
            try
            {
                return Flatten(invariant, variant, relaxed: true);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // A string the relaxed writer cannot unescape (a lone surrogate) is kept exactly as stored.
                return Flatten(invariant, variant, relaxed: false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private PublishedPropertyDictionary Flatten(JsonElement? invariant, JsonElement? variant, bool relaxed)
    {
        var output = t_output ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        var aliases = new List<string>();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in Members(invariant))
            {
                if (variant is not { } v || !v.TryGetProperty(property.Name, out _))
                {
                    Write(writer, property, relaxed, aliases);
                }
            }

            foreach (var property in Members(variant))
            {
                Write(writer, property, relaxed, aliases);
            }

            writer.WriteEndObject();
        }

        // ParseValue copies exactly the bytes written and sizes the document's index to fit.
        var reader = new Utf8JsonReader(output.WrittenSpan);
        return new PublishedPropertyDictionary(JsonElement.ParseValue(ref reader), AliasList(aliases));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Write(Utf8JsonWriter writer, JsonProperty property, bool relaxed, List<string> aliases)
    {
        var alias = _aliases.GetOrAdd(property.Name, static name => name);
        if (aliases.Contains(alias))
        {
            return; // a repeated name in the stored object: the first one is kept
        }

        aliases.Add(alias);
        writer.WritePropertyName(alias);
        if (relaxed)
        {
            property.Value.WriteTo(writer);
        }
        else
        {
            writer.WriteRawValue(property.Value.GetRawText(), skipInputValidation: true);
        }
    }

    private string[] AliasList(List<string> aliases) =>
        aliases.Count == 0 ? [] : _aliasLists.GetOrAdd(string.Join('\n', aliases), static (_, list) => [.. list], aliases);

    private static JsonElement? CultureProperties(JsonElement root, string culture)
    {
        if (Member(root, "cultures") is not { ValueKind: JsonValueKind.Object } cultures)
        {
            return null;
        }

        foreach (var entry in cultures.EnumerateObject())
        {
            if (string.Equals(entry.Name, culture, StringComparison.OrdinalIgnoreCase))
            {
                return Member(entry.Value, "properties");
            }
        }

        return null;
    }

    private static JsonElement? Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static JsonElement.ObjectEnumerator Members(JsonElement? element) =>
        (element ?? PublishedPropertyDictionary.Empty.Object).EnumerateObject();
}
