using Hangfire;
using Hangfire.AspNetCore;
using Hedershus.Core.Common;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Operations.Health;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Jobs;

public static class JobsExtensions
{
    public const string DashboardPath = "/umbraco/jobs";

    /// <summary>Hangfire on the hub's database, the Core job interfaces, the jobs health check and (optionally) a job server.</summary>
    public static IServiceCollection AddHedershusJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section))
            .Validate(o => o.WorkerCount >= 1, "Jobs:WorkerCount must be at least 1.")
            .Validate(o => o.QueuePollInterval > TimeSpan.Zero, "Jobs:QueuePollInterval must be positive.")
            .ValidateOnStart();

        // Registered before AddHangfire, which only adds its own when missing: Hangfire's defaults are process-wide
        // statics (JobStorage.Current, JobActivator.Current) that would mix up hosts sharing a process.
        services.AddSingleton(JobStorageFactory.Create);
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        services.AddSingleton<IJobScheduler, HangfireJobScheduler>();
        services.AddSingleton<IRecurringJobRegistry, HangfireRecurringJobRegistry>();
        services.AddHealthChecks().AddCheck<JobsHealthCheck>(HealthCheckNames.Jobs, timeout: HealthCheckNames.Timeout);

        if (configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.RunServer ?? new JobsOptions().RunServer)
        {
            services.AddHangfireServer((provider, server) =>
                server.WorkerCount = provider.GetRequiredService<IOptions<JobsOptions>>().Value.WorkerCount);
        }

        return services;
    }

    /// <summary>The Hangfire dashboard at <see cref="DashboardPath"/>, for administrators only.</summary>
    public static IEndpointRouteBuilder MapHedershusJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        // The endpoint's policy decides; Hangfire's own filters would otherwise allow local requests only.
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AppPath = "/umbraco",
            DashboardTitle = "Hedershus jobs",

            // The PostgreSQL connection string may carry a password.
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(BackofficePolicies.Administration);
        return endpoints;
    }
}
