using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Seminars;

/// <summary>Creates published seminars through the management API and registers through the public API.</summary>
public static class SeminarStory
{
    /// <summary>A published seminar under a home page of its own, starting six weeks after the test clock's start.</summary>
    public static async Task<Guid> CreateSeminarAsync(HedershusFactory factory, int capacity, bool waitingList = true, bool approvalRequired = false,
        string? registrationCloses = null, object? questions = null, bool waitingListAutoConfirm = false, string? evaluationUrl = null)
    {
        using var api = new ManagementClient(factory);
        var home = await api.CreatePublishedRootAsync("home", "sv", "en");
        var cultures = new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Utbildning om hedersrelaterat våld " + Guid.NewGuid().ToString("N")[..6],
                new { summary = "Grundkurs för yrkesverksamma.", location = "Stockholm", questions, evaluationUrl }),
            ["en"] = ManagementClient.Culture("Training on honour-related violence", new { summary = "Introduction for professionals.", location = "Stockholm", questions, evaluationUrl }),
        };
        var created = await api.CreateAsync("seminar", home, cultures, new
        {
            startDate = "2026-04-15T09:00:00Z",
            capacity,
            waitingList,
            approvalRequired,
            registrationCloses,
            waitingListAutoConfirm,
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

    /// <summary>Moves the seminar's one session to <paramref name="start"/> (three hours long) and publishes it.</summary>
    public static async Task MoveAsync(HedershusFactory factory, Guid seminar, DateTime start)
    {
        using var api = new ManagementClient(factory);
        var document = await api.GetAsync(seminar);
        var properties = document["properties"]!.AsObject().DeepClone().AsObject();
        properties["startDate"] = start.ToString("O");
        properties["sessions"] = System.Text.Json.JsonSerializer.SerializeToNode(new[]
        {
            new { contentType = "seminarSession", properties = new { start = start.ToString("O"), end = start.AddHours(3).ToString("O"), place = "Göteborg", online = false } },
        });
        var update = new JsonObject { ["revision"] = document["revision"]!.GetValue<int>(), ["properties"] = properties };
        await ManagementClient.ExpectAsync(await api.Http.PutAsJsonAsync($"{ManagementClient.Base}/documents/{seminar}", update), System.Net.HttpStatusCode.OK);
        await api.PublishAsync(seminar, "sv", "en");
    }

    public static async Task UnpublishAsync(HedershusFactory factory, Guid seminar)
    {
        using var api = new ManagementClient(factory);
        await ManagementClient.ExpectAsync(await api.Http.PostAsJsonAsync($"{ManagementClient.Base}/documents/{seminar}/unpublish", new { cultures = new[] { "sv", "en" } }),
            System.Net.HttpStatusCode.OK);
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
