using System.Collections.Concurrent;
using System.Globalization;
using Hedershus.Core.Common;

namespace Hedershus.Core.Delivery.Querying;

/// <summary>
/// How names sort in a culture (Swedish puts å, ä, ö after z). Cultures the platform does not know sort
/// invariantly rather than failing.
/// </summary>
public sealed class CultureComparers(CultureCatalog cultures)
{
    private readonly ConcurrentDictionary<string, CompareInfo> _byCulture = new(StringComparer.OrdinalIgnoreCase);

    public CompareInfo For(string culture) => _byCulture.GetOrAdd(culture, Create);

    private CompareInfo Create(string culture)
    {
        var tag = cultures.Find(culture)?.LanguageTag ?? culture;
        try
        {
            return CultureInfo.GetCultureInfo(tag).CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture.CompareInfo;
        }
    }
}
