using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Audit;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

/// <summary>
/// Review, translation and audit stories on the repository's document types: pages made through the management API
/// (with the Api-Key), and people who sign in as writers, translators and editors to act on them.
/// </summary>
public sealed class WorkflowStory(HostFixture host) : IDisposable
{
    private readonly List<HttpClient> _clients = [];

    public ManagementClient Api { get; } = new(host.Factory);

    /// <summary>A new user of the group, signed in with the backoffice cookie.</summary>
    public async Task<Person> SignInAsync(string role)
    {
        var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        _clients.Add(client);
        var email = $"{role.Replace(' ', '-').ToLowerInvariant()}-{Guid.NewGuid():N}@hedershus.local";
        var answer = await ExpectAsync(await client.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(email, [role])), HttpStatusCode.OK);

        // Cookie-authenticated unsafe API calls carry the anti-forgery header, as the backoffice's own pages do.
        var antiforgery = await ExpectAsync(await client.GetAsync("/umbraco/management/api/v1/antiforgery"), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Add(AntiforgeryCheck.HeaderName, antiforgery["token"]!.GetValue<string>());
        return new Person(client, answer["userId"]!.GetValue<string>(), email);
    }

    /// <summary>A published home (a root of its own) in Swedish and English.</summary>
    public async Task<Guid> CreateHomeAsync(object? svProperties = null, object? enProperties = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var home = await Api.CreateAsync("home", null, new JsonObject
        {
            ["sv"] = Culture($"Hem {suffix}", svProperties ?? new { title = "Hem" }),
            ["en"] = Culture($"Home {suffix}", enProperties ?? new { title = "Home" }),
        });
        await Api.PublishAsync(Id(home), "sv", "en");
        return Id(home);
    }

    /// <summary>A published guidance page below <paramref name="parent"/> in Swedish and English.</summary>
    public async Task<Guid> CreateGuidanceAsync(Guid parent, object? shared = null, bool publish = true)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var page = await Api.CreateAsync("guidancePage", parent, new JsonObject
        {
            ["sv"] = Culture($"Vägledning {suffix}", Guidance("Svensk text")),
            ["en"] = Culture($"Guidance {suffix}", Guidance("English text")),
        }, shared);
        if (publish)
        {
            await Api.PublishAsync(Id(page), "sv", "en");
        }

        return Id(page);
    }

    public static object Guidance(string body, bool needsNativeReview = false) =>
        new { summary = body, body = $"<p>{body}</p>", needsNativeReview };

    /// <summary>Saves one culture's draft as <paramref name="client"/> and answers the response (not checked).</summary>
    public async Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid id, string culture, object properties)
    {
        var document = await Api.GetAsync(id);
        var draft = document["cultures"]![culture]!;
        var body = new JsonObject
        {
            ["revision"] = document["revision"]!.GetValue<int>(),
            ["cultures"] = new JsonObject { [culture] = Culture(draft["name"]!.GetValue<string>(), properties, draft["segment"]!.GetValue<string>()) },
        };
        return await client.PutAsJsonAsync($"{Base}/documents/{id}", body);
    }

    public async Task SaveAndPublishAsync(Guid id, string culture, object properties)
    {
        await ExpectAsync(await SaveAsync(Api.Http, id, culture, properties), HttpStatusCode.OK);
        await Api.PublishAsync(id, culture);
    }

    public async Task<List<AuditEntry>> AuditRowsAsync(Guid node)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.AuditEntries.AsNoTracking().Where(e => e.NodeKey == node).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<T> WithDatabaseAsync<T>(Func<HedershusDbContext, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HedershusDbContext>());
    }

    public void Dispose()
    {
        Api.Dispose();
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}

/// <summary>A signed-in backoffice user.</summary>
public sealed record Person(HttpClient Http, string UserId, string Email);
