using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Hedershus.Core.Content.Published;

/// <summary>
/// The property values of one published culture, read-only, by alias. The snapshot holds one of these per node and
/// culture, so it is kept small: the values are one JSON object in one compact document (see
/// <see cref="PublishedPropertyReader"/>), and the aliases are one array shared by every culture with the same
/// properties. A lookup scans the object's few members without allocating.
/// </summary>
public sealed class PublishedPropertyDictionary : IReadOnlyDictionary<string, JsonElement>
{
    private static readonly JsonElement EmptyObject = JsonElement.Parse("{}");

    private readonly JsonElement _values;
    private readonly string[] _aliases;

    /// <param name="values">A JSON object without repeated names.</param>
    /// <param name="aliases">Its member names in order.</param>
    internal PublishedPropertyDictionary(JsonElement values, string[] aliases)
    {
        _values = values;
        _aliases = aliases;
    }

    public static PublishedPropertyDictionary Empty { get; } = new(EmptyObject, []);

    /// <summary>The values as one JSON object.</summary>
    public JsonElement Object => _values;

    public int Count => _aliases.Length;

    public IEnumerable<string> Keys => _aliases;

    public IEnumerable<JsonElement> Values => this.Select(p => p.Value);

    public JsonElement this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public bool ContainsKey(string key) => _values.TryGetProperty(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => _values.TryGetProperty(key, out value);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator()
    {
        var index = 0;
        foreach (var member in _values.EnumerateObject())
        {
            yield return new KeyValuePair<string, JsonElement>(_aliases[index++], member.Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
