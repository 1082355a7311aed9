using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Content;

/// <summary>A host on the test document types in Content/Models, so engine tests do not move with the seed types.</summary>
public abstract class ContentHost(DatabaseProvider provider) : HostFixture(provider)
{
    public static string ModelsPath => Path.Combine(AppContext.BaseDirectory, "Content", "Models");

    protected override void Configure(HedershusFactory factory)
    {
        factory.Settings["Hedershus:ModelsPath"] = ModelsPath;
        factory.Settings["Hedershus:CultureFallbacks:ckb"] = "sv";
    }
}

public sealed class SqliteContentHost() : ContentHost(DatabaseProvider.Sqlite);

public sealed class PostgresContentHost() : ContentHost(DatabaseProvider.Postgres);
