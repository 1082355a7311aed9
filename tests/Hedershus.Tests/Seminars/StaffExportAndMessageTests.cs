using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using MimeKit;
using SmtpServer.Protocol;

namespace Hedershus.Tests.Seminars;

public abstract class StaffExportAndMessageTests(SeminarHost host)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"klicka\")";

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task The_csv_export_has_a_row_per_registration_with_answers_and_defuses_formulas()
    {
        var (seminar, email) = await SeminarWithFormulaNameAsync();
        using var staff = new StaffStory(Factory);

        var response = await staff.Http.GetAsync(StaffStory.SeminarPath(seminar) + "/registrations.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name,email,organisation,organisationType,municipality,role,language,status,position,registeredAt,attended,answers.diet", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klicka\"\")\"," + email + ",", row, StringComparison.Ordinal);
        Assert.EndsWith(",confirmed,,2026-03-02 09:00,,vegan", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_excel_export_is_a_workbook_whose_cells_are_text()
    {
        var (seminar, email) = await SeminarWithFormulaNameAsync();
        using var staff = new StaffStory(Factory);

        var response = await staff.Http.GetAsync(StaffStory.SeminarPath(seminar) + "/registrations.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        var sheetEntry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var sheetStream = sheetEntry.Open();
        var sheet = XDocument.Load(sheetStream);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var rows = sheet.Descendants(ns + "row").Select(r => r.Elements(ns + "c").Select(c => string.Concat(c.Descendants(ns + "t").Select(t => t.Value))).ToList()).ToList();
        Assert.Equal("name", rows[0][0]);
        Assert.Equal("answers.diet", rows[0][^1]);
        Assert.Equal(Formula, rows[1][0]);
        Assert.Equal(email, rows[1][1]);
        Assert.Empty(sheet.Descendants(ns + "f")); // nothing Excel would calculate
    }

    [Fact]
    public async Task A_message_reaches_everyone_with_a_seat_in_their_language_and_not_the_waiting_list()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3);
        var (swede, english, arab, waiting) = (OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress(), OutboxStory.NewAddress());
        using var client = Factory.CreateClient();
        foreach (var (email, language) in new[] { (swede, "sv"), (english, "en"), (arab, "ar"), (waiting, "sv") })
        {
            await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email, language)), HttpStatusCode.Created);
        }

        using var staff = new StaffStory(Factory);
        var answer = await ManagementClient.ExpectAsync(await staff.Http.PostAsJsonAsync(StaffStory.SeminarPath(seminar) + "/messages", new
        {
            subject = "Ny lokal",
            body = "Vi ses i sal B.\n\nVälkomna!",
            translations = new Dictionary<string, object> { ["en"] = new { subject = "New room", body = "We meet in room B.\n\nWelcome!" } },
        }), HttpStatusCode.OK);

        Assert.Equal(3, answer["recipients"]!.GetValue<int>());
        await OutboxStory.RunDeliveryAsync(Factory);
        var toSwede = host.Smtp.To(swede)[^1].Message;
        Assert.Equal("Ny lokal", toSwede.Subject);
        Assert.Contains("<p>Vi ses i sal B.</p><p>V", toSwede.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/seminarier/anmalan/", toSwede.TextBody, StringComparison.Ordinal);
        Assert.Equal("New room", host.Smtp.To(english)[^1].Message.Subject);
        var toArab = host.Smtp.To(arab)[^1].Message;
        Assert.Equal("New room", toArab.Subject); // no Arabic text given: English, in an Arabic frame
        Assert.Contains("dir=\"rtl\"", toArab.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("ar", toArab.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Single(host.Smtp.To(waiting)); // only the waiting-list notice
    }

    [Fact]
    public async Task A_message_without_subject_or_with_an_unknown_language_names_the_fields_and_sends_nothing()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        using var staff = new StaffStory(Factory);

        var response = await staff.Http.PostAsJsonAsync(StaffStory.SeminarPath(seminar) + "/messages", new
        {
            subject = " ",
            body = "Hej",
            translations = new Dictionary<string, object> { ["xx"] = new { subject = "a\nb", body = "c" } },
        });

        var problem = await ManagementClient.ExpectProblemAsync(response, HttpStatusCode.BadRequest, "subject");
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("translations.xx"));
        Assert.True(errors.ContainsKey("translations.xx.subject"));
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Single(host.Smtp.To(email));
    }

    [Fact]
    public async Task A_permanently_refused_mail_is_listed_for_staff_and_can_be_sent_again()
    {
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 3);
        var email = OutboxStory.NewAddress();
        host.Smtp.Refuse(email, SmtpReplyCode.MailboxUnavailable);
        using var client = Factory.CreateClient();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email)), HttpStatusCode.Created);
        await OutboxStory.RunDeliveryAsync(Factory);
        using var staff = new StaffStory(Factory);

        var failed = System.Text.Json.Nodes.JsonNode.Parse(await StaffStory.ExpectTextAsync(await staff.Http.GetAsync($"{ManagementClient.Base}/seminars/failed-mail")))!.AsArray();
        var item = Assert.Single(failed, f => f!["to"]!.GetValue<string>() == email)!;
        Assert.Equal("seminar-confirmed", item["kind"]!.GetValue<string>());
        Assert.StartsWith("SMTP 550", item["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(host.Smtp.To(email));

        var id = item["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.NoContent, (await staff.Http.PostAsync($"{ManagementClient.Base}/seminars/failed-mail/{id}/retry", null)).StatusCode);
        await ManagementClient.ExpectProblemAsync(await staff.Http.PostAsync($"{ManagementClient.Base}/seminars/failed-mail/{id}/retry", null), HttpStatusCode.Conflict);
        await OutboxStory.RunDeliveryAsync(Factory);
        Assert.Single(host.Smtp.To(email));
    }

    private async Task<(Guid Seminar, string Email)> SeminarWithFormulaNameAsync()
    {
        var questions = new[] { new { contentType = "seminarQuestion", properties = new { alias = "diet", label = "Kost", answerType = "text", required = false } } };
        var seminar = await SeminarStory.CreateSeminarAsync(Factory, capacity: 5, questions: questions);
        var email = OutboxStory.NewAddress();
        using var client = Factory.CreateClient();
        var body = new { name = Formula, email, organisation = "-1+1", organisationType = "kommun", municipality = "@SUM(A1)", consent = true, answers = new { diet = "vegan" } };
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, body), HttpStatusCode.Created);
        return (seminar, email);
    }
}

public sealed class SqliteStaffExportAndMessageTests(SqliteSeminarHost host) : StaffExportAndMessageTests(host), IClassFixture<SqliteSeminarHost>;

public sealed class PostgresStaffExportAndMessageTests(PostgresSeminarHost host) : StaffExportAndMessageTests(host), IClassFixture<PostgresSeminarHost>;
