using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Seminars;

/// <summary>Registering, receiving the mail and following its link, as a registrant does.</summary>
public static partial class RegistrantStory
{
    [GeneratedRegex(@"/seminarier/anmalan/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    /// <summary>Registers <paramref name="email"/>, delivers the outbox and returns the token in the newest mail to them.</summary>
    public static async Task<string> RegisterAsync(SeminarHost host, HttpClient client, Guid seminar, string email, string language = "sv")
    {
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(client, seminar, SeminarStory.Registration(email, language)), HttpStatusCode.Created);
        return await TokenInLatestMailAsync(host, email);
    }

    public static async Task<string> TokenInLatestMailAsync(SeminarHost host, string email)
    {
        await OutboxStory.RunDeliveryAsync(host.Factory);
        var match = LinkPattern().Match(host.Smtp.To(email)[^1].Message.TextBody ?? "");
        Assert.True(match.Success, "no registrant link in the mail");
        return match.Groups[1].Value;
    }

    /// <summary>Every registrant token linked in <paramref name="text"/>.</summary>
    public static IEnumerable<string> Tokens(string text) => LinkPattern().Matches(text).Select(m => m.Groups[1].Value);

    public static async Task<string> StatusAsync(HttpClient client, string token) =>
        (await ManagementClient.ExpectAsync(await client.GetAsync($"/api/registrations/{token}"), HttpStatusCode.OK))["status"]!.GetValue<string>();

    public static async Task RunJobAsync<TJob>(HedershusFactory factory)
        where TJob : IBackgroundJob
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(CancellationToken.None);
    }
}
