using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Search.Indexing;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Operations;

/// <summary>With Hedershus:CompactMemoryAfterBulkWork on, start-up and a full index rebuild each end with one compaction.</summary>
public abstract class MemoryCompactionTests(CompactingHost host)
{
    [Fact]
    public void Start_up_ends_with_a_compaction()
    {
        Assert.Contains(Compactions(), e => e.Message.Contains("after start-up", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_full_search_index_rebuild_ends_with_a_compaction()
    {
        var before = Compactions().Count(e => e.Message.Contains("after rebuilding the search index", StringComparison.Ordinal));

        await host.Factory.Services.GetRequiredService<PublishedSearchIndex>().RebuildAsync(CancellationToken.None);

        Assert.Equal(before + 1, Compactions().Count(e => e.Message.Contains("after rebuilding the search index", StringComparison.Ordinal)));
    }

    private IEnumerable<CollectedLog> Compactions() => host.Logs.Entries.Where(e => e.Category == typeof(MemoryCompactor).FullName);
}

public abstract class CompactingHost(DatabaseProvider provider) : ObservedHost(provider)
{
    protected override void AddSettings(Dictionary<string, string?> settings) => settings["Hedershus:CompactMemoryAfterBulkWork"] = "true";
}

public sealed class SqliteCompactingHost() : CompactingHost(DatabaseProvider.Sqlite);

public sealed class PostgresCompactingHost() : CompactingHost(DatabaseProvider.Postgres);

public sealed class SqliteMemoryCompactionTests(SqliteCompactingHost host) : MemoryCompactionTests(host), IClassFixture<SqliteCompactingHost>;

public sealed class PostgresMemoryCompactionTests(PostgresCompactingHost host) : MemoryCompactionTests(host), IClassFixture<PostgresCompactingHost>;
