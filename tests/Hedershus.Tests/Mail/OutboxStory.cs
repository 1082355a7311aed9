using System.Text;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Mail;

/// <summary>Writing to the outbox and running its delivery job the way the application does, through the host's services.</summary>
public static class OutboxStory
{
    public static string NewAddress() => $"person-{Guid.NewGuid():N}@example.org";

    public static MailDraft Draft(string to, string language = "sv") => new()
    {
        ToAddress = to,
        ToName = "Test Person",
        Subject = "Bekräftelse: Utbildning om hedersvåld",
        HtmlBody = "<p>Välkommen</p>",
        TextBody = "Välkommen",
        Language = language,
        Kind = "test",
        Attachments = [new OutboxAttachment("seminar.ics", "text/calendar; method=PUBLISH", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))],
    };

    public static async Task<OutboxMessage> WriteAsync(HedershusFactory factory, MailDraft draft)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Add(draft);
        await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().SaveChangesAsync();
        return message;
    }

    public static async Task RunDeliveryAsync(HedershusFactory factory, CancellationToken cancellationToken = default)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunAsync(cancellationToken);
    }

    public static async Task<OutboxMessage> RowAsync(HedershusFactory factory, long id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().MailOutbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public static async Task UpdateAsync(HedershusFactory factory, long id, Action<OutboxMessage> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        var row = await db.MailOutbox.SingleAsync(m => m.Id == id);
        change(row);
        await db.SaveChangesAsync();
    }
}
