using System.Collections.Frozen;

namespace Hedershus.Core.Dictionary;

/// <summary>Every dictionary value in memory, by culture then key. Immutable; <see cref="Version"/> grows with each reload.</summary>
public sealed class DictionarySnapshot
{
    private static readonly FrozenDictionary<string, string> None = FrozenDictionary<string, string>.Empty;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byCulture;

    public DictionarySnapshot(long version, IEnumerable<DictionaryEntry> entries, (int Count, DateTime? LatestUpdate) signature)
    {
        Version = version;
        Signature = signature;
        _byCulture = entries.GroupBy(e => e.Culture, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    public static DictionarySnapshot Empty { get; } = new(0, [], (0, null));

    public long Version { get; }

    public (int Count, DateTime? LatestUpdate) Signature { get; }

    /// <summary>The values of one culture by key (empty when it has none).</summary>
    public IReadOnlyDictionary<string, string> For(string culture) => _byCulture.GetValueOrDefault(culture, None);
}
