using System.Collections.Concurrent;
using Hedershus.Core.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// The analysers of every culture (one per-field analyser each, cached and shared across threads) and the
/// synonym and translation files they use at query time. Synonyms are applied to queries, never to the index
/// (see README.md), so <see cref="ReloadSynonyms"/> takes effect without re-indexing.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    /// <summary>The translation glossary used when an English query falls back to Swedish content.</summary>
    public const string EnglishToSwedishFile = "translations.en-sv.txt";

    private readonly HedershusPaths _paths;
    private readonly CultureCatalog _cultures;
    private readonly ConcurrentDictionary<AnalysisLanguage, LanguageAnalysis> _languages = new();
    private volatile SynonymLibrary _synonyms;

    /// <exception cref="SynonymFileException">A synonym or translation file is broken (names file and line).</exception>
    public SearchAnalyzers(HedershusPaths paths, CultureCatalog cultures)
    {
        _paths = paths;
        _cultures = cultures;
        Standard = new StandardAnalyzer(LanguageChains.Version);
        _synonyms = LoadSynonyms();
    }

    /// <summary>Lucene's StandardAnalyzer, as Umbraco's default external index uses it: the baseline.</summary>
    public Analyzer Standard { get; }

    /// <summary>
    /// The per-field analyser of a culture, for indexing its documents and for analysing queries in it. Fields it
    /// does not know (tags, …) get the main chain; the folded twins and <see cref="SearchFields.Suggest"/> their own.
    /// </summary>
    public Analyzer ForCulture(string culture) => ForLanguage(LanguageOf(culture)).PerField;

    /// <summary>The analysis chain a culture uses (sv-x-lattlast → Swedish, so → Generic …).</summary>
    public AnalysisLanguage LanguageOf(string culture) => AnalysisLanguages.For(culture, _cultures);

    /// <summary>The query-time synonyms of a culture (empty when it has no file).</summary>
    public SynonymSet SynonymsFor(string culture) =>
        _synonyms.Synonyms.GetValueOrDefault(NormalizeCulture(culture)) ?? SynonymSet.Empty;

    /// <summary>A glossary from one culture's words to another's, or null when there is none.</summary>
    public SynonymSet? TranslationsFor(string from, string to) =>
        _synonyms.Translations.GetValueOrDefault((AnalysisLanguages.PrimaryTag(from, _cultures), AnalysisLanguages.PrimaryTag(to, _cultures)));

    /// <summary>Re-reads the synonym and translation files. A broken file throws and the old rules stay in force.</summary>
    /// <exception cref="SynonymFileException">A file is broken (names file and line).</exception>
    public void ReloadSynonyms() => _synonyms = LoadSynonyms();

    /// <summary>Where a culture's synonyms are read from: synonyms.{culture}.txt, else synonyms.{language}.txt.</summary>
    public string? SynonymFileFor(string culture)
    {
        var own = Path.Combine(_paths.ModelsPath, $"synonyms.{culture.ToLowerInvariant()}.txt");
        var language = Path.Combine(_paths.ModelsPath, $"synonyms.{AnalysisLanguages.PrimaryTag(culture, _cultures)}.txt");
        return File.Exists(own) ? own : File.Exists(language) ? language : null;
    }

    internal LanguageAnalysis ForLanguage(AnalysisLanguage language) => _languages.GetOrAdd(language, l => new LanguageAnalysis(l));

    public void Dispose()
    {
        foreach (var language in _languages.Values)
        {
            language.Dispose();
        }

        Standard.Dispose();
    }

    private string NormalizeCulture(string culture) => _cultures.Normalize(culture) ?? culture.ToLowerInvariant();

    private SynonymLibrary LoadSynonyms()
    {
        var byFile = new Dictionary<string, SynonymSet>(StringComparer.Ordinal);
        var synonyms = new Dictionary<string, SynonymSet>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in _cultures.All)
        {
            var file = SynonymFileFor(culture.Code);
            if (file is null)
            {
                continue;
            }

            if (!byFile.TryGetValue(file, out var set))
            {
                var language = ForLanguage(LanguageOf(culture.Code));
                set = SynonymSet.Build(SynonymFileParser.ParseFile(file), language.FoldedTerms, file);
                byFile[file] = set;
            }

            synonyms[culture.Code] = set;
        }

        return new SynonymLibrary(synonyms, LoadTranslations());
    }

    private Dictionary<(string, string), SynonymSet> LoadTranslations()
    {
        var translations = new Dictionary<(string, string), SynonymSet>();
        var file = Path.Combine(_paths.ModelsPath, EnglishToSwedishFile);
        if (File.Exists(file))
        {
            var rules = SynonymFileParser.ParseFile(file);
            var oneWay = rules.FirstOrDefault(r => !r.IsExplicit);
            if (oneWay is not null)
            {
                throw new SynonymFileException(file, oneWay.Line, "a translation needs '=>' (English phrases => Swedish phrases).");
            }

            translations[("en", "sv")] = SynonymSet.Build(rules, ForLanguage(AnalysisLanguage.English).FoldedTerms, file);
        }

        return translations;
    }

    private sealed record SynonymLibrary(
        IReadOnlyDictionary<string, SynonymSet> Synonyms,
        IReadOnlyDictionary<(string, string), SynonymSet> Translations);
}
