using Hedershus.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hedershus.Tests.Infrastructure;

/// <summary>
/// The real web host on a real database of its own. Tests may set extra configuration before first use and
/// control the clock through <see cref="Clock"/>.
/// </summary>
public class HedershusFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string ManagementApiKey = "test-management-key";
    public const string DeliveryApiKey = "test-delivery-key";

    public TestDatabase Database { get; } = database;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Extra settings, applied after the defaults below.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Extra registrations (a log collector, a console writer…), applied after the application's own.</summary>
    public List<Action<IServiceCollection>> TestServices { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // As in Development (what `dotnet run` starts): a singleton that holds a scoped service fails the start.
        builder.UseDefaultServiceProvider(provider =>
        {
            provider.ValidateScopes = true;
            provider.ValidateOnBuild = true;
        });
        var settings = new Dictionary<string, string?>
        {
            ["Hedershus:DataPath"] = Database.DataPath,
            ["Hedershus:ImportSeedOnStart"] = "false",
            ["Database:Provider"] = Database.Provider.ToString(),
            ["ConnectionStrings:Hedershus"] = Database.ConnectionString,
            ["ManagementApi:ApiKey"] = ManagementApiKey,
            ["DeliveryApi:ApiKey"] = DeliveryApiKey,
            ["Jobs:RunServer"] = "false",
            ["Hedershus:CompactMemoryAfterBulkWork"] = "false", // a full collection per host would slow the suite down
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // UseSetting reaches WebApplication.CreateBuilder's configuration before Program reads it.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var configure in TestServices)
            {
                configure(services);
            }
        });
    }

    /// <summary>Whether disposing the host also drops its database.</summary>
    protected virtual bool OwnsDatabase => true;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (OwnsDatabase)
        {
            await Database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
