using Hedershus.Core.Common;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Stand-in for the per-culture analysis (issue 3, item 2), which is delivered separately under this name: until
/// then every culture and field is analysed like Lucene's <see cref="StandardAnalyzer"/>.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    private readonly StandardAnalyzer _standard = new(LuceneVersion.LUCENE_48);

    public SearchAnalyzers(HedershusPaths paths, CultureCatalog cultures)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(cultures);
    }

    /// <summary>Lucene's standard analysis, the baseline Umbraco's default index uses.</summary>
    public Analyzer Standard => _standard;

    /// <summary>The per-field analyzer of a culture, for indexing and for queries in that culture.</summary>
    public Analyzer ForCulture(string culture) => _standard;

    public void Dispose() => _standard.Dispose();
}
