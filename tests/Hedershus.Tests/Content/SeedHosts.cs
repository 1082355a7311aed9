using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Content;

/// <summary>
/// A first start as <c>dotnet run</c> does it: the repository's document types and its seed in <c>umbraco/content</c>,
/// imported on start. Logs are kept, because the start-up import reports failures only there.
/// </summary>
public abstract class SeedHost(DatabaseProvider provider) : ObservedHost(provider)
{
    protected override void AddSettings(Dictionary<string, string?> settings) =>
        settings["Hedershus:ImportSeedOnStart"] = "true";
}

public sealed class SqliteSeedHost() : SeedHost(DatabaseProvider.Sqlite);

public sealed class PostgresSeedHost() : SeedHost(DatabaseProvider.Postgres);
