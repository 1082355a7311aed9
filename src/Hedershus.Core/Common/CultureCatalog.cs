using Microsoft.Extensions.Options;

namespace Hedershus.Core.Common;

/// <summary>The cultures the hub serves, the default one, and the fallback chain of each.</summary>
public sealed class CultureCatalog
{
    private readonly Dictionary<string, CultureDefinition> _byCode;
    private readonly Dictionary<string, string> _fallbacks;

    public CultureCatalog(IOptions<HedershusOptions> options)
    {
        var settings = options.Value;
        All = settings.EffectiveCultures;
        _byCode = All.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Default = _byCode[settings.DefaultCulture].Code;
        _fallbacks = new Dictionary<string, string>(settings.CultureFallbacks, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<CultureDefinition> All { get; }

    public string Default { get; }

    public bool IsKnown(string? culture) => culture is not null && _byCode.ContainsKey(culture);

    /// <summary>The canonical spelling of a known culture code, or null.</summary>
    public string? Normalize(string? culture) => culture is not null && _byCode.TryGetValue(culture, out var c) ? c.Code : null;

    public CultureDefinition? Find(string culture) => _byCode.GetValueOrDefault(culture);

    /// <summary>The culture itself, then its configured fallbacks in order (no cycles).</summary>
    public IEnumerable<string> WithFallbacks(string culture)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var current = Normalize(culture); current is not null && seen.Add(current); current = Normalize(_fallbacks.GetValueOrDefault(current)))
        {
            yield return current;
        }
    }
}
