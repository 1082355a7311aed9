using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hedershus.Tests.Backoffice;

/// <summary>
/// A browser-like client signed in to the backoffice with the cookie (through the testing sign-in), sending the
/// anti-forgery header on every call as the backoffice pages do.
/// </summary>
public sealed class BackofficeSession : IDisposable
{
    private BackofficeSession(HttpClient http, string userId)
    {
        Http = http;
        UserId = userId;
    }

    public HttpClient Http { get; }

    public string UserId { get; }

    /// <summary>
    /// Signs in a new user in <paramref name="groups"/>; when <paramref name="cultures"/> or <paramref name="startNodes"/>
    /// are given, an administrator sets them through the users API first.
    /// </summary>
    public static async Task<BackofficeSession> StartAsync(
        HedershusFactory factory, string[] groups, string[]? cultures = null, Guid[]? startNodes = null, string? email = null)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        email ??= $"user-{Guid.NewGuid():N}@hedershus.local";
        var signIn = await ManagementClient.ExpectAsync(
            await http.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(email, groups)), HttpStatusCode.OK);
        var userId = signIn["userId"]!.GetValue<string>();
        if (cultures is not null || startNodes is not null)
        {
            using var admin = new ManagementClient(factory);
            await ManagementClient.ExpectAsync(await admin.Http.PutAsJsonAsync($"{ManagementClient.Base}/users/{userId}",
                new { groups, cultures = cultures ?? [], startNodes = startNodes ?? [] }), HttpStatusCode.OK);

            // The change renewed the user's security stamp: sign in again, as the user would after a minute.
            await ManagementClient.ExpectAsync(
                await http.PostAsJsonAsync(TestingSignInEndpoint.Path, new TestingSignInRequest(email, groups)), HttpStatusCode.OK);
        }

        var session = new BackofficeSession(http, userId);
        session.Http.DefaultRequestHeaders.Add(AntiforgeryCheck.HeaderName, await session.AntiforgeryTokenAsync());
        return session;
    }

    public async Task<string> AntiforgeryTokenAsync()
    {
        var answer = await ManagementClient.ExpectAsync(await Http.GetAsync($"{ManagementClient.Base}/antiforgery"), HttpStatusCode.OK);
        return answer["token"]!.GetValue<string>();
    }

    public static JsonObject Json(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value)!.AsObject();

    public void Dispose() => Http.Dispose();
}
