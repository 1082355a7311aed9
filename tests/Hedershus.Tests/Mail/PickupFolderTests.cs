using Hedershus.Core.Common;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Hedershus.Tests.Mail;

public abstract class PickupFolderTests(HostFixture host)
{
    [Fact]
    public async Task Without_a_host_messages_are_written_as_eml_files_in_the_data_folder()
    {
        var to = OutboxStory.NewAddress();
        var row = await OutboxStory.WriteAsync(host.Factory, OutboxStory.Draft(to, "en"));

        await OutboxStory.RunDeliveryAsync(host.Factory);
        await OutboxStory.RunDeliveryAsync(host.Factory);

        var folder = host.Factory.Services.GetRequiredService<HedershusPaths>().MailPickupPath;
        Assert.Equal(Path.Combine(host.Factory.Database.DataPath, "mail"), folder);
        var files = Directory.GetFiles(folder, "*.eml")
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == to))
            .ToList();
        var message = Assert.Single(files);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal("en", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Single(message.Attachments);
        Assert.Equal(OutboxStatus.Sent, (await OutboxStory.RowAsync(host.Factory, row.Id)).Status);
    }
}

public sealed class SqlitePickupFolderTests(SqliteHost host) : PickupFolderTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresPickupFolderTests(PostgresHost host) : PickupFolderTests(host), IClassFixture<PostgresHost>;
