using Hedershus.Core.Common;
using Hedershus.Core.Identity;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Operations.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Operations;

public static class OperationsExtensions
{
    /// <summary>
    /// ProblemDetails for every error, request logs without query strings, security headers, health checks, the
    /// start-up banner, the request body limit and the shutdown timeout.
    /// </summary>
    public static IServiceCollection AddHedershusOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOptions<SecurityHeadersOptions>().Bind(configuration.GetSection(SecurityHeadersOptions.Section));
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(HealthCheckNames.Database, timeout: HealthCheckNames.Timeout)
            .AddCheck<PublishedSnapshotHealthCheck>(HealthCheckNames.Snapshot, timeout: HealthCheckNames.Timeout);
        services.TryAddSingleton(new OperatorConsole(Console.Out));
        services.AddSingleton<StartupBanner>();

        // ASP.NET Core's own request log ("Request starting … ?q=…") carries the query string, and its request scope
        // (RequestPath, added to every line by providers that include scopes) a registrant's token: our middleware logs
        // instead. At None the host does not even open that scope. Routing's debug lines quote the path as well.
        services.Configure<LoggerFilterOptions>(logging => logging
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning));

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ManagementApiOptions>>((kestrel, management) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = management.Value.MaxRequestBytes;
        });
        services.AddOptions<HostOptions>().Configure<IOptions<HedershusOptions>>((host, hedershus) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(hedershus.Value.ShutdownTimeoutSeconds));

        // Binding errors (malformed JSON, wrong types) throw, so the exception handler can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseHedershusOperations(this WebApplication app)
    {
        // Outermost, so the log line and the headers see the final answer, error pages included.
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>Prints the addresses and the first administrator's sign-in once the server listens.</summary>
    public static WebApplication UseHedershusStartupBanner(this WebApplication app, FirstAdministratorResult firstAdministrator)
    {
        app.Lifetime.ApplicationStarted.Register(() => app.Services.GetRequiredService<StartupBanner>().Show(firstAdministrator));
        return app;
    }

    /// <summary>/health runs every registered check (see <see cref="HealthCheckNames"/>) and answers JSON; 503 when one fails.</summary>
    public static IEndpointRouteBuilder MapHedershusHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .WithName("Health")
            .WithTags("Operations");
        return endpoints;
    }
}
