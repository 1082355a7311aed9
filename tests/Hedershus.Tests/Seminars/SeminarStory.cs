using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Seminars;

/// <summary>Creates published seminars through the management API and registers through the public API.</summary>
public static class SeminarStory
{
    /// <summary>A published seminar under a home page of its own, starting six weeks after the test clock's start.</summary>
    public static async Task<Guid> CreateSeminarAsync(HedershusFactory factory, int capacity, bool waitingList = true, bool approvalRequired = false,
        string? registrationCloses = null, object? questions = null)
    {
        using var api = new ManagementClient(factory);
        var home = await api.CreatePublishedRootAsync("home", "sv", "en");
        var cultures = new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Utbildning om hedersrelaterat våld " + Guid.NewGuid().ToString("N")[..6],
                new { summary = "Grundkurs för yrkesverksamma.", location = "Stockholm", questions }),
            ["en"] = ManagementClient.Culture("Training on honour-related violence", new { summary = "Introduction for professionals.", location = "Stockholm", questions }),
        };
        var created = await api.CreateAsync("seminar", home, cultures, new
        {
            startDate = "2026-04-15T09:00:00Z",
            capacity,
            waitingList,
            approvalRequired,
            registrationCloses,
            instructionLanguage = "sv",
            sessions = new[]
            {
                new { contentType = "seminarSession", properties = new { start = "2026-04-15T09:00:00Z", end = "2026-04-15T12:00:00Z", place = "Stockholm", online = false } },
            },
        });
        var id = ManagementClient.Id(created);
        await api.PublishAsync(id, "sv", "en");
        return id;
    }

    public static object Registration(string email, string language = "sv", object? answers = null) => new
    {
        name = "Anna Andersson",
        email,
        organisation = "Botkyrka kommun",
        organisationType = "kommun",
        municipality = "Botkyrka",
        role = "Socialsekreterare",
        answers = answers ?? new { },
        consent = true,
        language,
    };

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, Guid seminar, object body) =>
        client.PostAsJsonAsync($"/api/seminars/{seminar}/registrations", body);
}
