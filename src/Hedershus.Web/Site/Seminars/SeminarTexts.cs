namespace Hedershus.Web.Site.Seminars;

/// <summary>The seminar words per culture; <see cref="For"/> falls back to English for a culture without its own.</summary>
public static partial class SeminarTexts
{
    private static readonly Dictionary<string, SeminarText> ByCulture = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = Swedish,
        ["sv-x-lattlast"] = Swedish,
        ["en"] = English,
        ["ar"] = Arabic,
    };

    private static readonly SeminarText Fallback = English;

    public static SeminarText For(string culture) => ByCulture.TryGetValue(culture, out var text) ? text : Fallback;
}
