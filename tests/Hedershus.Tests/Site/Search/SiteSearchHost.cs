using Hedershus.Core.Data;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Site.Search;

/// <summary>The seed, with ASP.NET Core's and our own logging turned up as a developer might, to show no search term is logged.</summary>
public abstract class SiteSearchHost(DatabaseProvider provider) : SeedHost(provider)
{
    protected override void AddSettings(Dictionary<string, string?> settings)
    {
        base.AddSettings(settings);
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug";
        settings["Logging:LogLevel:Hedershus"] = "Debug";
    }
}

public sealed class SqliteSiteSearchHost() : SiteSearchHost(DatabaseProvider.Sqlite);

public sealed class PostgresSiteSearchHost() : SiteSearchHost(DatabaseProvider.Postgres);
