using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Core.Seminars;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

public abstract class RetentionTests(SeminarHost host)
{
    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task Ninety_days_after_the_end_registrants_are_anonymised_and_their_sent_mail_too()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await RegistrantStory.RegisterAsync(host, client, seminar, email);
        var ends = new DateTime(2026, 4, 15, 12, 0, 0, DateTimeKind.Utc);

        Factory.Clock.Advance(ends.AddDays(89) - Factory.Clock.GetUtcNow().UtcDateTime);
        await RegistrantStory.RunJobAsync<SeminarRetentionJob>(Factory);
        Assert.Equal(email, (await RowAsync(seminar)).Email);

        Factory.Clock.Advance(TimeSpan.FromDays(2));
        await RegistrantStory.RunJobAsync<SeminarRetentionJob>(Factory);
        await RegistrantStory.RunJobAsync<SeminarRetentionJob>(Factory);

        var row = await RowAsync(seminar);
        Assert.NotEqual(email, row.Email);
        Assert.Equal("", row.Name);
        Assert.Equal(RegistrationStatus.Confirmed, row.Status);
        Assert.Equal("kommun", row.OrganisationType);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        Assert.False(await db.MailOutbox.AnyAsync(m => m.ToAddress == email));
        Assert.True(await db.MailOutbox.AnyAsync(m => m.ToAddress == RegistrationErasure.ErasedAddress && m.Status == OutboxStatus.Sent));
    }

    private async Task<SeminarRegistration> RowAsync(Guid seminar)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().SeminarRegistrations.AsNoTracking().SingleAsync(r => r.SeminarKey == seminar);
    }
}

public sealed class SqliteRetentionTests(SqliteSeminarHost host) : RetentionTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresRetentionTests(PostgresSeminarHost host) : RetentionTests(host), IClassFixture<PostgresSeminarHost>;
