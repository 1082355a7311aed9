using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Seminars;

/// <summary>The staff side of the management API as a test story uses it.</summary>
public sealed class StaffStory(HedershusFactory factory) : IDisposable
{
    private readonly ManagementClient _api = new(factory);

    public HttpClient Http => _api.Http;

    public static string SeminarPath(Guid seminar) => $"{ManagementClient.Base}/seminars/{seminar}";

    public async Task<JsonObject> SeminarAsync(Guid seminar) =>
        await ManagementClient.ExpectAsync(await Http.GetAsync(SeminarPath(seminar)), HttpStatusCode.OK);

    public async Task<JsonArray> RegistrationsAsync(Guid seminar, string? status = null) =>
        JsonNode.Parse(await ExpectTextAsync(await Http.GetAsync(SeminarPath(seminar) + "/registrations" + (status is null ? "" : "?status=" + status))))!.AsArray();

    public async Task<JsonArray> WaitingListAsync(Guid seminar) =>
        JsonNode.Parse(await ExpectTextAsync(await Http.GetAsync(SeminarPath(seminar) + "/waiting-list")))!.AsArray();

    /// <summary>The id of the registration of <paramref name="email"/>.</summary>
    public async Task<Guid> RegistrationIdAsync(Guid seminar, string email) =>
        (await RegistrationsAsync(seminar)).Single(r => r!["email"]!.GetValue<string>() == email)!["id"]!.GetValue<Guid>();

    public Task<HttpResponseMessage> ActAsync(Guid seminar, Guid registration, string action, object? body = null) =>
        body is null
            ? Http.PostAsync($"{SeminarPath(seminar)}/registrations/{registration}/{action}", null)
            : Http.PostAsJsonAsync($"{SeminarPath(seminar)}/registrations/{registration}/{action}", body);

    public async Task<JsonObject> ActOkAsync(Guid seminar, string email, string action, object? body = null) =>
        await ManagementClient.ExpectAsync(await ActAsync(seminar, await RegistrationIdAsync(seminar, email), action, body), HttpStatusCode.OK);

    public static async Task<string> ExpectTextAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return text;
    }

    public void Dispose() => _api.Dispose();
}
