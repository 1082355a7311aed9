namespace Hedershus.Web.Site;

/// <summary>The frame words per culture; <see cref="For"/> falls back to Swedish for a culture not listed.</summary>
public static partial class SiteTexts
{
    private static readonly Dictionary<string, SiteText> ByCulture = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = Swedish,
        ["en"] = English,
        ["ar"] = Arabic,
        ["fa"] = Persian,
        ["ckb"] = Sorani,
        ["so"] = Somali,
        ["kmr"] = Kurmanji,
        ["ti"] = Tigrinya,
        ["tr"] = Turkish,
        ["sv-x-lattlast"] = EasySwedish,
    };

    public static SiteText For(string culture) => ByCulture.TryGetValue(culture, out var text) ? text : Swedish;

    /// <summary>The cultures whose frame words were written by someone who does not speak the language natively.</summary>
    public static IEnumerable<string> NeedingNativeReview => ByCulture.Where(c => c.Value.NeedsNativeReview).Select(c => c.Key);
}
