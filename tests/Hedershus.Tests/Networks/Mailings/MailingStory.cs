using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using MimeKit;

namespace Hedershus.Tests.Networks.Mailings;

/// <summary>Members in every state, and mailings written and sent through the management API, read back from the real SMTP server.</summary>
public static class MailingStory
{
    public static readonly string Base = $"{ManagementClient.Base}/networks";

    /// <summary>Joins in <paramref name="language"/> and confirms by the e-mailed link's POST (open network: active; approval: confirmed).</summary>
    public static async Task JoinAndConfirmAsync(NetworkHost host, HttpClient client, Guid network, string email, string language = "sv")
    {
        await ManagementClient.ExpectAsync(await NetworkStory.JoinAsync(client, network, email, language), HttpStatusCode.Accepted);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(await NetworkStory.ConfirmationPathAsync(host, email), null)).StatusCode);
    }

    public static async Task<Guid> MembershipAsync(ManagementClient api, Guid network, string email)
    {
        var all = await api.Http.GetFromJsonAsync<JsonArray>($"{Base}/{network}/memberships");
        return all!.Single(m => m!["email"]!.GetValue<string>() == email)!["id"]!.GetValue<Guid>();
    }

    public static async Task ChangeAsync(ManagementClient api, Guid network, string email, string action) =>
        await ManagementClient.ExpectAsync(await api.Http.PostAsJsonAsync($"{Base}/memberships/{await MembershipAsync(api, network, email)}/{action}",
            new { reason = "test" }), HttpStatusCode.OK);

    public static object Texts(string subject, string? english = null) => new
    {
        texts = english is null
            ? new Dictionary<string, object> { ["sv"] = new { subject, body = $"Hej!\n\nDetta är {subject}." } }
            : new Dictionary<string, object>
            {
                ["sv"] = new { subject, body = $"Hej!\n\nDetta är {subject}." },
                ["en"] = new { subject = english, body = $"Hello!\n\nThis is {english}." },
            },
    };

    public static async Task<Guid> CreateAsync(HttpClient http, Guid network, string subject, string? english = null) =>
        ManagementClient.Id(await ManagementClient.ExpectAsync(await http.PostAsJsonAsync($"{Base}/{network}/mailings", Texts(subject, english)), HttpStatusCode.Created));

    public static async Task<JsonObject> SendAsync(HttpClient http, Guid mailing) =>
        await ManagementClient.ExpectAsync(await http.PostAsync($"{Base}/mailings/{mailing}/send", null), HttpStatusCode.OK);

    /// <summary>Writes and sends a mailing, then runs the outbox; returns the answer of the send.</summary>
    public static async Task<JsonObject> MailAsync(HedershusFactory factory, ManagementClient api, Guid network, string subject, string? english = null)
    {
        var sent = await SendAsync(api.Http, await CreateAsync(api.Http, network, subject, english));
        await OutboxStory.RunDeliveryAsync(factory);
        return sent;
    }

    /// <summary>The messages with <paramref name="subject"/> that reached <paramref name="email"/>.</summary>
    public static IReadOnlyList<ReceivedMail> Received(NetworkHost host, string email, string subject) =>
        host.Smtp.To(email).Where(m => m.Message.Subject == subject).ToList();

    public static MimeMessage Single(NetworkHost host, string email, string subject) => Assert.Single(Received(host, email, subject)).Message;

    /// <summary>The path of the https address in List-Unsubscribe (the site address cut off), asserting its form.</summary>
    public static string UnsubscribePath(MimeMessage message)
    {
        var header = message.Headers["List-Unsubscribe"] ?? "";
        Assert.StartsWith("<https://hedershus.example/api/unsubscribe/", header, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var url = new Uri(header.Trim('<', '>').Split('>')[0]);
        Assert.Equal("https", url.Scheme);
        return url.AbsolutePath;
    }
}
