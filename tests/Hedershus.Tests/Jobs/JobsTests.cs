using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Hangfire.Storage.SQLite;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Jobs;
using Hedershus.Web.Operations.Health;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hedershus.Tests.Jobs;

public abstract class JobsTests(JobsHost host)
{
    private JobStorage Storage => host.Factory.Services.GetRequiredService<JobStorage>();

    [Fact]
    public void Scheduled_publishing_is_registered_to_run_every_minute_on_start()
    {
        using var connection = Storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == Hedershus.Core.Content.Editing.ScheduledPublishingJob.RecurringId);
        Assert.Equal("* * * * *", job.Cron);
        Assert.Equal(typeof(Hedershus.Core.Content.Editing.ScheduledPublishingJob), job.Job.Type);
    }

    [Fact]
    public void A_recurring_job_registered_through_Core_is_stored_in_Hangfire()
    {
        var registry = host.Factory.Services.GetRequiredService<IRecurringJobRegistry>();
        registry.AddOrUpdate<NoopJob>("test-yearly-noop", "0 3 1 1 *");

        using var connection = Storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "test-yearly-noop");
        Assert.Equal("0 3 1 1 *", job.Cron);
        Assert.Equal(typeof(NoopJob), job.Job.Type);
        Assert.Equal(nameof(IBackgroundJob.RunAsync), job.Job.Method.Name);
        Assert.Equal("UTC", job.TimeZoneId);
    }

    [Fact]
    public void Registering_again_replaces_the_schedule_and_remove_deletes_it()
    {
        var registry = host.Factory.Services.GetRequiredService<IRecurringJobRegistry>();
        registry.AddOrUpdate<NoopJob>("test-replaced", "0 3 1 1 *");
        registry.AddOrUpdate<NoopJob>("test-replaced", "0 4 1 1 *");

        using (var connection = Storage.GetConnection())
        {
            Assert.Equal("0 4 1 1 *", Assert.Single(connection.GetRecurringJobs(), j => j.Id == "test-replaced").Cron);
        }

        registry.Remove("test-replaced");
        using (var connection = Storage.GetConnection())
        {
            Assert.DoesNotContain(connection.GetRecurringJobs(), j => j.Id == "test-replaced");
        }
    }

    [Fact]
    public async Task An_enqueued_job_runs_with_services_from_the_host()
    {
        var id = host.Factory.Services.GetRequiredService<IJobScheduler>().Enqueue<RecordingJob>();

        Assert.True(await host.Recorder.Runs.WaitAsync(TimeSpan.FromSeconds(60)), "the job server did not run the job");
        using var connection = Storage.GetConnection();
        Assert.Equal(typeof(RecordingJob), connection.GetJobData(id).Job.Type);
    }

    [Fact]
    public void A_scheduled_job_waits_in_storage_until_its_time()
    {
        var id = host.Factory.Services.GetRequiredService<IJobScheduler>().Schedule<NoopJob>(DateTimeOffset.UtcNow.AddDays(1));

        using var connection = Storage.GetConnection();
        Assert.Equal("Scheduled", connection.GetJobData(id).State);
    }

    [Fact]
    public async Task Job_storage_lives_in_the_hubs_own_database()
    {
        if (host.Provider == DatabaseProvider.Postgres)
        {
            Assert.IsType<PostgreSqlStorage>(Storage);
            await using var connection = new NpgsqlConnection(host.Factory.Database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'job'", connection);
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }
        else
        {
            Assert.IsType<SQLiteStorage>(Storage);
            Assert.True(File.Exists(Path.Combine(host.Factory.Database.DataPath, JobStorageFactory.SqliteFileName)));
        }
    }

    [Fact]
    public async Task Health_reports_the_running_job_server()
    {
        using var client = host.Factory.CreateClient();
        // The Hangfire server announces itself on its own thread shortly after the host starts.
        var answer = await client.GetFromJsonAsync<HealthAnswer>("/health");
        for (var attempt = 0; attempt < 100 && answer!.Checks[HealthCheckNames.Jobs].Description?.Contains("1 job server", StringComparison.Ordinal) != true; attempt++)
        {
            await Task.Delay(100);
            answer = await client.GetFromJsonAsync<HealthAnswer>("/health");
        }

        Assert.Equal("Healthy", answer!.Checks[HealthCheckNames.Jobs].Status);
        Assert.Contains("1 job server(s) registered", answer.Checks[HealthCheckNames.Jobs].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData("wrong-key", HttpStatusCode.Unauthorized)]
    [InlineData(HedershusFactory.ManagementApiKey, HttpStatusCode.OK)]
    public async Task The_dashboard_admits_only_administrators(string? apiKey, HttpStatusCode expected)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, JobsExtensions.DashboardPath);
        if (apiKey is not null)
        {
            request.Headers.Add("Api-Key", apiKey);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains("Hedershus jobs", StringComparison.Ordinal));
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith(BackofficeAuthentication.SignInPath, response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteJobsTests(SqliteJobsHost host) : JobsTests(host), IClassFixture<SqliteJobsHost>;

public sealed class PostgresJobsTests(PostgresJobsHost host) : JobsTests(host), IClassFixture<PostgresJobsHost>;
