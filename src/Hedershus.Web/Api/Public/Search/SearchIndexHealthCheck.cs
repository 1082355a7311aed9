using Hedershus.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hedershus.Web.Api.Public.Search;

/// <summary>
/// Compares the documents per culture in this node's published index with the published content it should
/// hold: healthy when they match, degraded while a rebuild runs or when they differ.
/// </summary>
public sealed class SearchIndexHealthCheck(PublishedSearchIndex index, SearchableContentReader reader) : IHealthCheck
{
    public const string Name = "search";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (index.IndexedSnapshot is not { } snapshot)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "The search index has not been opened."));
        }

        var expected = snapshot.All.SelectMany(reader.IndexedCultures).CountBy(c => c).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var actual = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var lease = index.Acquire())
        {
            foreach (var culture in Cultures(lease.Searcher.IndexReader).Union(expected.Keys))
            {
                actual[culture] = lease.Searcher.Search(new TermQuery(new Term(IndexFields.Culture, culture)), 1).TotalHits;
            }
        }

        var counts = string.Join(", ", actual.Keys.Order(StringComparer.Ordinal).Select(c => $"{c} {actual[c]}/{expected.GetValueOrDefault(c)}"));
        var description = $"Documents/published per culture: {(counts.Length > 0 ? counts : "none")}.";
        if (index.Rebuilding)
        {
            return Task.FromResult(HealthCheckResult.Degraded("Rebuilding. " + description));
        }

        var matches = actual.All(a => a.Value == expected.GetValueOrDefault(a.Key));
        return Task.FromResult(matches ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded("The index differs from the published content. " + description));
    }

    private static IEnumerable<string> Cultures(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Culture)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            yield return terms.Term.Utf8ToString();
        }
    }
}
