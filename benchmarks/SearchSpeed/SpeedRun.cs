using System.Diagnostics;
using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Search.Analysis;
using Hedershus.Core.Search.Indexing;
using Hedershus.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.SearchSpeed;

/// <summary>
/// The measurements, on the services of a running hub. Documents reach the index the way the journal follower
/// hands them over: <see cref="IContentChangeHandler.RebuiltAsync"/> with a snapshot built from scratch (a full
/// build), <see cref="IContentChangeHandler.HandleAsync"/> with each batch of republished pages. Queries go
/// through <see cref="SearchService"/> exactly as <c>POST /api/search</c> calls it.
/// </summary>
public sealed class SpeedRun
{
    private const int EditedPages = 3_000;
    private const int EditBatch = 100;
    private const int SinglePublishes = 200;
    private const int Clients = 8;

    private readonly SyntheticSite _site;
    private readonly PublishedSnapshotBuilder _builder;
    private readonly SearchIndexChangeHandler _handler;
    private readonly PublishedSearchIndex _index;
    private readonly SearchService _search;
    private readonly SuggestService _suggest;
    private readonly SearchDocumentFactory _documents;
    private readonly Random _random = new(11);
    private PublishedSnapshot _snapshot = PublishedSnapshot.Empty;
    private long _position;

    public SpeedRun(IServiceProvider services, SyntheticSite site)
    {
        _site = site;
        var cultures = services.GetRequiredService<CultureCatalog>();
        _builder = new PublishedSnapshotBuilder([.. cultures.All.Select(c => c.Code)], cultures.Default);
        _handler = services.GetServices<IContentChangeHandler>().OfType<SearchIndexChangeHandler>().Single();
        _index = services.GetRequiredService<PublishedSearchIndex>();
        _search = services.GetRequiredService<SearchService>();
        _suggest = services.GetRequiredService<SuggestService>();
        _documents = services.GetRequiredService<SearchDocumentFactory>();
    }

    public async Task MeasureIndexingAsync(SpeedReport report)
    {
        _snapshot = _builder.Build(++_position, _site.Nodes);
        _site.ForgetNodes();
        var rebuilds = _index.Rebuilds;
        var cpu = LoadRun.ProcessorTime();
        var watch = Stopwatch.StartNew();
        await _handler.RebuiltAsync(_snapshot, CancellationToken.None);
        await _index.WaitForRebuildAsync();
        report.FullBuild = (watch.Elapsed, LoadRun.ProcessorTime() - cpu);
        if (_index.Rebuilds != rebuilds + 1)
        {
            throw new InvalidOperationException("The full build did not complete; see the log above.");
        }

        report.Documents = _site.Documents;
        report.Memory("after the full build");
        var leaves = _snapshot.All.Where(n => n.Level == 3).OrderBy(_ => _random.Next()).ToList();
        report.Incremental = await RepublishAsync(leaves.Take(EditedPages).ToList());
        report.SinglePublish = await SinglePublishesAsync(leaves.Skip(EditedPages).Take(SinglePublishes).ToList());
        report.Memory("after incremental indexing");
    }

    /// <param name="warmUp">Other queries of the same kinds, run first (JIT, page cache): the measured ones are new to the index's readers.</param>
    public void MeasureQueries(SpeedReport report, List<LoadQuery> queries, List<LoadQuery> warmUp)
    {
        report.Queries = queries.Count;
        foreach (var query in warmUp)
        {
            _search.Search(query.Request);
            Floor(query);
            _suggest.Suggest(Prefix(query.Request.Q!), query.Request.Culture);
        }

        var completions = queries.Select(q => (Prefix(q.Request.Q!), q.Request.Culture!)).ToList();
        report.Add(LoadRun.Measure("search (facets, highlighting)", queries, 1, queries.Count, q => _search.Search(q.Request)));
        report.Add(LoadRun.Measure("TermQuery floor", queries, 1, queries.Count, Floor));
        report.Add(LoadRun.Measure("search (facets, highlighting)", queries, Clients, queries.Count / 2, q => _search.Search(q.Request)));
        report.Add(LoadRun.Measure("TermQuery floor", queries, Clients, queries.Count / 2, Floor));
        report.Add(LoadRun.Measure("suggest", completions, 1, completions.Count, c => _suggest.Suggest(c.Item1, c.Item2)));
        report.Memory("after the queries");
        PrintSlowest(queries);
    }

    /// <summary>With SEARCHSPEED_SLOWEST=N set, times each query once more and prints the N slowest (for profiling).</summary>
    private void PrintSlowest(List<LoadQuery> queries)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("SEARCHSPEED_SLOWEST"), out var count))
        {
            return;
        }

        var timed = queries.Select(q =>
        {
            var began = Stopwatch.GetTimestamp();
            var result = _search.Search(q.Request);
            return (Ms: Stopwatch.GetElapsedTime(began).TotalMilliseconds, q.Request, result.Total, Fallbacks: string.Join(",", result.FallbackCultures), result.DidYouMean);
        }).OrderByDescending(t => t.Ms).Take(count);
        foreach (var t in timed)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"slow {t.Ms,7:0.00} ms  {t.Request.Culture}  total {t.Total,6}  filters {t.Request.Filters?.Count ?? 0}  sort {t.Request.Sort}  fallbacks [{t.Fallbacks}]  dym [{t.DidYouMean}]  q \"{t.Request.Q}\""));
        }
    }

    public async Task MeasureRebuildAsync(SpeedReport report)
    {
        var cpu = LoadRun.ProcessorTime();
        var watch = Stopwatch.StartNew();
        await _index.RebuildAsync(CancellationToken.None);
        report.Rebuild = (watch.Elapsed, LoadRun.ProcessorTime() - cpu);
        report.Memory("after a rebuild beside the live index");
    }

    /// <summary>The first analysed word of the query in the body field: what a plain TermQuery searches for.</summary>
    public string? FloorTerm(string culture, string text) =>
        TextToken.Read(_documents.AnalyzerFor(culture), SearchFields.Body, text) is { Count: > 0 } tokens ? tokens[0].Term : null;

    private void Floor(LoadQuery query)
    {
        using var lease = _index.Acquire();
        lease.Searcher.Search(new TermQuery(new Term(SearchFields.Body, query.FloorTerm)), 10);
    }

    /// <summary>Republishes pages in batches as the follower applies them; only the index's work is timed.</summary>
    private async Task<(int Documents, TimeSpan Elapsed, TimeSpan Cpu)> RepublishAsync(List<PublishedContent> pages)
    {
        var elapsed = TimeSpan.Zero;
        var cpu = TimeSpan.Zero;
        var documents = 0;
        foreach (var batch in pages.Chunk(EditBatch))
        {
            var (changes, next) = Republished(batch);
            var began = Stopwatch.GetTimestamp();
            var processor = LoadRun.ProcessorTime();
            await _handler.HandleAsync(changes, next, CancellationToken.None);
            elapsed += Stopwatch.GetElapsedTime(began);
            cpu += LoadRun.ProcessorTime() - processor;
            _snapshot = next;
            documents += batch.Sum(p => p.Cultures.Count);
        }

        return (documents, elapsed, cpu);
    }

    /// <summary>One page per journal batch: from the batch to searchable on this node.</summary>
    private async Task<Latencies> SinglePublishesAsync(List<PublishedContent> pages)
    {
        var times = new List<double>(pages.Count);
        var cpu = LoadRun.ProcessorTime();
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            var (changes, next) = Republished([page]);
            var began = Stopwatch.GetTimestamp();
            await _handler.HandleAsync(changes, next, CancellationToken.None);
            times.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            _snapshot = next;
        }

        return new Latencies("publish one page → searchable", 1, times, watch.Elapsed, LoadRun.ProcessorTime() - cpu);
    }

    private (List<ContentChange> Changes, PublishedSnapshot Next) Republished(PublishedContent[] pages)
    {
        var position = ++_position;
        var edited = pages.Select(_site.Edited).ToList();
        var next = _builder.TryReplace(_snapshot, position, edited) ?? throw new InvalidOperationException("A republished page changed its route.");
        return ([.. edited.Select(p => new ContentChange(position, p.Key, ChangeKind.Published, null))], next);
    }

    private static string Prefix(string text)
    {
        var first = text.Split(' ')[0];
        return first.Length > 4 ? first[..4] : first;
    }
}
