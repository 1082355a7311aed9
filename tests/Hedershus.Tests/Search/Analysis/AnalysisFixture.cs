using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Search.Analysis;

/// <summary>
/// The analysers over the repository's own umbraco/models (synonym files and glossary as shipped), shared by
/// the analysis tests; plus helpers that read what a field makes of a text.
/// </summary>
public sealed class AnalysisFixture : IDisposable
{
    public AnalysisFixture()
    {
        var options = Options.Create(new HedershusOptions());
        Analyzers = new SearchAnalyzers(new HedershusPaths(options, AppContext.BaseDirectory), new CultureCatalog(options));
        Queries = new QueryTextAnalysis(Analyzers);
        Builder = new SearchQueryBuilder(Analyzers);
    }

    public SearchAnalyzers Analyzers { get; }
    public QueryTextAnalysis Queries { get; }
    public SearchQueryBuilder Builder { get; }

    /// <summary>Every token of the text in the field, compound parts included.</summary>
    public IReadOnlyList<string> Tokens(string culture, string text, string field = SearchFields.Body) =>
        [.. AnalyzedToken.Read(Analyzers.ForCulture(culture), field, text).Select(t => t.Term)];

    /// <summary>The one word a text is indexed as (its stem), without compound parts.</summary>
    public string Word(string culture, string text, string field = SearchFields.Body) =>
        Assert.Single(AnalyzedToken.Read(Analyzers.ForCulture(culture), field, text), t => !t.IsStacked).Term;

    /// <summary>The compound parts stacked on a single word.</summary>
    public IReadOnlyList<string> Parts(string culture, string text, string field = SearchFields.Body) =>
        [.. AnalyzedToken.Read(Analyzers.ForCulture(culture), field, text).Where(t => t.IsStacked).Select(t => t.Term)];

    public void Dispose() => Analyzers.Dispose();
}

[CollectionDefinition(Name)]
public sealed class AnalysisCollection : ICollectionFixture<AnalysisFixture>
{
    public const string Name = "Search analysis";
}
