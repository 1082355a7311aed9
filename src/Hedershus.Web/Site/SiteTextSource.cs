using System.Collections.Concurrent;
using System.Reflection;
using Hedershus.Core.Dictionary;

namespace Hedershus.Web.Site;

/// <summary>
/// The site's frame words: the editors' dictionary first, the built-in <see cref="SiteTexts"/> as defaults. A culture's
/// texts are built once per dictionary version and then served from memory, so no request queries the database.
/// </summary>
public sealed class SiteTextSource(DictionarySnapshotService dictionary)
{
    /// <summary>The words editors may change: every text property except the help finder's URL segment, which routes.</summary>
    public static IReadOnlyList<PropertyInfo> Keys { get; } = typeof(SiteText).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.Name != nameof(SiteText.FindHelpSegment))
        .ToList();

    private readonly ConcurrentDictionary<string, (long Version, SiteText Text)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public SiteText For(string culture)
    {
        var snapshot = dictionary.Current;
        if (_cache.TryGetValue(culture, out var cached) && cached.Version == snapshot.Version)
        {
            return cached.Text;
        }

        var text = Build(SiteTexts.For(culture), snapshot.For(culture));
        _cache[culture] = (snapshot.Version, text);
        return text;
    }

    private static SiteText Build(SiteText defaults, IReadOnlyDictionary<string, string> overrides)
    {
        if (overrides.Count == 0)
        {
            return defaults;
        }

        var text = defaults with { };
        foreach (var key in Keys)
        {
            if (overrides.TryGetValue(key.Name, out var value) && value.Length > 0)
            {
                key.SetValue(text, value);
            }
        }

        return text;
    }
}
