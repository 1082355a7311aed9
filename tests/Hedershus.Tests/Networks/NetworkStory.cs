using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using MimeKit;

namespace Hedershus.Tests.Networks;

/// <summary>A network with a member page, and the steps a person takes: join, confirm, sign in — reading the real mail.</summary>
public static partial class NetworkStory
{
    public sealed record TestNetwork(Guid Id, Guid MemberPage, string MemberPagePath, string SecretWord, string PublicWord);

    /// <summary>The seed's home page: what the site serves on a seeded host.</summary>
    public static readonly Guid SeedHome = Guid.Parse("5eed0000-0000-4000-8000-000000000001");

    /// <summary>
    /// A published network (policy open, approval or invitation) with one published member page, under a home of its
    /// own, or under <paramref name="home"/> (the seed's, for pages the site must serve).
    /// </summary>
    public static async Task<TestNetwork> CreateAsync(HedershusFactory factory, string policy, string[]? coordinators = null, Guid? home = null)
    {
        using var api = new ManagementClient(factory);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (secret, open) = ("hemlig" + suffix, "oppet" + suffix);
        home ??= await HomeAsync(api, suffix);
        var network = Id(await api.CreateAsync("network", home, new JsonObject
        {
            ["sv"] = ManagementClient.Culture($"Nätverk {suffix}", new { summary = $"Ett nätverk {open}.", body = $"<p>Om nätverket {open}.</p>" }, $"natverk-{suffix}"),
            ["en"] = ManagementClient.Culture($"Network {suffix}", new { summary = $"A network {open}.", body = $"<p>About the network {open}.</p>" }, $"network-{suffix}"),
        }, new { membershipPolicy = policy, audience = new[] { "professionals" }, coordinators = coordinators ?? [] }));
        await api.PublishAsync(network, "sv", "en");
        var page = Id(await api.CreateAsync("memberPage", network, new JsonObject
        {
            ["sv"] = ManagementClient.Culture($"Material {suffix}", new { summary = $"Bara för medlemmar {secret}.", body = $"<p>Anteckningar {secret}.</p>" }, "material"),
            ["en"] = ManagementClient.Culture($"Material {suffix}", new { summary = $"Members only {secret}.", body = $"<p>Notes {secret}.</p>" }, "material"),
        }));
        await api.PublishAsync(page, "sv", "en");
        return new TestNetwork(network, page, await RouteAsync(factory, page), secret, open);
    }

    private static async Task<Guid> HomeAsync(ManagementClient api, string suffix)
    {
        var home = Id(await api.CreateAsync("home", null, new JsonObject
        {
            ["sv"] = ManagementClient.Culture($"Start {suffix}", new { title = "Start" }, $"start-{suffix}"),
            ["en"] = ManagementClient.Culture($"Home {suffix}", new { title = "Home" }, $"home-{suffix}"),
        }));
        await api.PublishAsync(home, "sv", "en");
        return home;
    }

    public static object Join(string email, string language = "sv") => new
    {
        name = "Sara Lind", email, organisation = "Huddinge kommun", organisationType = "kommun", municipality = "Huddinge", role = "Kurator", language,
    };

    public static Task<HttpResponseMessage> JoinAsync(HttpClient client, Guid network, string email, string language = "sv") =>
        client.PostAsJsonAsync($"/api/networks/{network}/join", Join(email, language));

    /// <summary>The last message to <paramref name="email"/>, after the outbox has run.</summary>
    public static async Task<MimeMessage> LastMailAsync(NetworkHost host, string email)
    {
        await OutboxStory.RunDeliveryAsync(host.Factory);
        var received = host.Smtp.To(email);
        Assert.NotEmpty(received);
        return received[^1].Message;
    }

    /// <summary>The path of the confirmation link in the last message (the site address of the mail is cut off).</summary>
    public static async Task<string> ConfirmationPathAsync(NetworkHost host, string email) =>
        ConfirmLink().Match((await LastMailAsync(host, email)).TextBody ?? "").Value is { Length: > 0 } path ? path : throw new InvalidOperationException("No confirmation link.");

    /// <summary>Joins and confirms through the link's page (GET, then the button's POST).</summary>
    public static async Task JoinAndConfirmAsync(NetworkHost host, HttpClient client, Guid network, string email)
    {
        await ManagementClient.ExpectAsync(await JoinAsync(client, network, email), HttpStatusCode.Accepted);
        var path = await ConfirmationPathAsync(host, email);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(path, null)).StatusCode);
    }

    /// <summary>Asks for a sign-in code and reads code and link token from the mail.</summary>
    public static async Task<(string Code, string Token)> RequestCodeAsync(NetworkHost host, HttpClient client, string email)
    {
        await ManagementClient.ExpectAsync(await client.PostAsJsonAsync("/api/members/sign-in", new { email, language = "sv" }), HttpStatusCode.Accepted);
        return await SignInMailAsync(host, email);
    }

    /// <summary>The code and link token of the last sign-in mail to <paramref name="email"/>.</summary>
    public static async Task<(string Code, string Token)> SignInMailAsync(NetworkHost host, string email)
    {
        var text = (await LastMailAsync(host, email)).TextBody ?? "";
        return (SixDigits().Match(text).Groups[1].Value, SignInLink().Match(text).Groups[1].Value);
    }

    /// <summary>A member bearer token for <paramref name="email"/>, by the e-mailed code.</summary>
    public static async Task<string> TokenAsync(NetworkHost host, HttpClient client, string email)
    {
        var (code, _) = await RequestCodeAsync(host, client, email);
        var answer = await ManagementClient.ExpectAsync(await client.PostAsJsonAsync("/api/members/sign-in/code", new { email, code }), HttpStatusCode.OK);
        return answer["accessToken"]!.GetValue<string>();
    }

    public static HttpRequestMessage WithToken(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>A client of the site over HTTPS (the member cookie is Secure) that keeps cookies and does not follow redirects.</summary>
    public static HttpClient SiteClient(HedershusFactory factory) =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>The Swedish route of a published node, once this node's snapshot has it.</summary>
    public static async Task<string> RouteAsync(HedershusFactory factory, Guid key)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Site.SitePages.Snapshot(factory).Find(key)?.Cultures.GetValueOrDefault("sv")?.Route is { } route)
            {
                return route;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"Node {key} never reached the published snapshot.");
    }

    private static Guid Id(JsonObject document) => ManagementClient.Id(document);

    [GeneratedRegex("/natverk/bekrafta/[A-Za-z0-9_-]{43}")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex("/medlem/logga-in/([A-Za-z0-9_-]{43})")]
    private static partial Regex SignInLink();
}
