using System.Net;
using System.Net.Http.Json;
using Hedershus.Core.Data;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Site.Seminars;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Operations;

/// <summary>
/// Nodes on one database share one Data Protection key ring, kept in that database: a backoffice cookie, an
/// anti-forgery token or a form stamp made by one node is accepted by another.
/// </summary>
public abstract class SharedDataProtectionTests(DatabaseProvider provider)
{
    private const string Management = "/umbraco/management/api/v1";

    [Fact]
    public async Task A_cookie_and_antiforgery_token_made_on_one_node_are_accepted_by_another()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = new SharedDatabaseFactory(database).WithOwnSearchFolder("first");
        await using var second = new SharedDatabaseFactory(database).WithOwnSearchFolder("second");
        using var onFirst = Client(first);
        using var onSecond = Client(second);

        var signIn = await onFirst.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest($"node-{Guid.NewGuid():N}@hedershus.local", ["Administrators"]));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookies = Cookies(signIn);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, $"{Management}/antiforgery");
        tokenRequest.Headers.Add("Cookie", cookies);
        var tokenAnswer = await onFirst.SendAsync(tokenRequest);
        Assert.Equal(HttpStatusCode.OK, tokenAnswer.StatusCode);
        var token = (await tokenAnswer.Content.ReadFromJsonAsync<AntiforgeryAnswer>())!.Token;
        cookies += "; " + Cookies(tokenAnswer);

        using var unsafeCall = new HttpRequestMessage(HttpMethod.Post, $"{Management}/media/folders") { Content = JsonContent.Create(new { name = "Från nod ett" }) };
        unsafeCall.Headers.Add("Cookie", cookies);
        unsafeCall.Headers.Add(AntiforgeryCheck.HeaderName, token);
        var created = await onSecond.SendAsync(unsafeCall);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task The_key_ring_lives_in_the_database_under_the_application_name()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = new SharedDatabaseFactory(database).WithOwnSearchFolder("first");
        await using var second = new SharedDatabaseFactory(database).WithOwnSearchFolder("second");
        var seminar = Guid.NewGuid();

        var stamp = first.Services.GetRequiredService<RegistrationFormStamp>().Issue(seminar);
        var secret = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hemligt");

        Assert.NotEqual(StampCheck.Invalid, second.Services.GetRequiredService<RegistrationFormStamp>().Check(stamp, seminar));
        Assert.Equal("hemligt", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
        Assert.Equal("Hedershus", second.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator);
        using var scope = second.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<HedershusDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
        var key = Assert.Single(keys);
        Assert.Contains("<key id=", key.Xml, StringComparison.Ordinal);
    }

    private static HttpClient Client(SharedDatabaseFactory node) =>
        node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}

public sealed class SqliteSharedDataProtectionTests() : SharedDataProtectionTests(DatabaseProvider.Sqlite);

public sealed class PostgresSharedDataProtectionTests() : SharedDataProtectionTests(DatabaseProvider.Postgres);
