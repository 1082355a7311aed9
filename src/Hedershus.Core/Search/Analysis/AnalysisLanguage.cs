using Hedershus.Core.Common;

namespace Hedershus.Core.Search.Analysis;

/// <summary>The analysis chains we have; every culture maps onto one of them.</summary>
public enum AnalysisLanguage
{
    /// <summary>Standard tokenizer, lower case and folding: for languages Lucene has no stemmer for (so, kmr, ti …).</summary>
    Generic,
    Swedish,
    English,
    Arabic,
    Persian,
    Turkish,
    Sorani,
}

/// <summary>Maps a culture code (or its HTML language tag, e.g. sv-x-lattlast → sv) to an analysis chain.</summary>
public static class AnalysisLanguages
{
    public static AnalysisLanguage For(string culture, CultureCatalog? cultures = null)
    {
        var tag = cultures?.Find(culture)?.LanguageTag ?? culture;
        var primary = tag.Split('-', 2)[0].ToLowerInvariant();
        return primary switch
        {
            "sv" => AnalysisLanguage.Swedish,
            "en" => AnalysisLanguage.English,
            "ar" => AnalysisLanguage.Arabic,
            "fa" => AnalysisLanguage.Persian,
            "tr" => AnalysisLanguage.Turkish,
            "ckb" => AnalysisLanguage.Sorani,
            _ => AnalysisLanguage.Generic,
        };
    }

    /// <summary>The language part of a culture code, used to find its word lists ("sv-x-lattlast" → "sv").</summary>
    public static string PrimaryTag(string culture, CultureCatalog? cultures = null) =>
        (cultures?.Find(culture)?.LanguageTag ?? culture).Split('-', 2)[0].ToLowerInvariant();
}
