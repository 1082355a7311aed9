using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>What a seminar made for a site test looks like; everything has a default.</summary>
public sealed record SeminarSpec
{
    public int Capacity { get; init; } = 10;
    public bool WaitingList { get; init; } = true;
    public bool ApprovalRequired { get; init; }
    public string? RegistrationOpens { get; init; }
    public string? RegistrationCloses { get; init; }
    public string Eligibility { get; init; } = "everyone";
    public string Start { get; init; } = "2026-04-15T09:00:00Z";
    public string End { get; init; } = "2026-04-15T12:00:00Z";
    public bool Online { get; init; }
    public string[] Audience { get; init; } = ["professionals"];
    public string[] Topics { get; init; } = ["grundkurs"];
    public object? Questions { get; init; }

    /// <summary>Adds an online session the day after the first.</summary>
    public bool SecondSessionOnline { get; init; }
}

/// <summary>
/// Published seminars the public site serves. The site serves the first root, so each host gets one home page on
/// first use and every seminar hangs below it.
/// </summary>
public static class SeminarSiteStory
{
    private static readonly ConditionalWeakTable<HedershusFactory, Task<Guid>> Homes = new();

    public static readonly object DietQuestion = new[]
    {
        new { contentType = "seminarQuestion", properties = (object)new { alias = "diet", label = "Kost", answerType = "singleChoice", choices = new[] { "vegetarisk", "vegansk" }, required = true } },
        new { contentType = "seminarQuestion", properties = (object)new { alias = "interpreting", label = "Behöver du tolk?", answerType = "checkbox", required = false } },
    };

    /// <summary>A published seminar in sv and en; returns its id and Swedish route.</summary>
    public static async Task<(Guid Id, string Route)> CreateAsync(HedershusFactory factory, SeminarSpec spec)
    {
        var home = await Homes.GetValue(factory, CreateHomeAsync);
        using var api = new ManagementClient(factory);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var cultures = new JsonObject
        {
            ["sv"] = ManagementClient.Culture($"Samtal om heder {suffix}", new { summary = "En dag om samtal med unga.", location = "Stockholm", organiser = "Hedershus", questions = spec.Questions }),
            ["en"] = ManagementClient.Culture($"Talking about honour {suffix}", new { summary = "A day on talking with young people.", location = "Stockholm", organiser = "Hedershus", questions = spec.Questions }),
        };
        var created = await api.CreateAsync("seminar", home, cultures, new
        {
            startDate = spec.Start,
            capacity = spec.Capacity,
            waitingList = spec.WaitingList,
            approvalRequired = spec.ApprovalRequired,
            registrationOpens = spec.RegistrationOpens,
            registrationCloses = spec.RegistrationCloses,
            eligibility = spec.Eligibility,
            audience = spec.Audience,
            topics = spec.Topics,
            instructionLanguage = "sv",
            sessions = Sessions(spec),
        });
        var id = ManagementClient.Id(created);
        await api.PublishAsync(id, "sv", "en");
        return (id, SitePages.Snapshot(factory).Find(id)!.Cultures["sv"].Route!);
    }

    private static object[] Sessions(SeminarSpec spec)
    {
        var first = new { contentType = "seminarSession", properties = new { start = spec.Start, end = spec.End, place = spec.Online ? null : "Stockholm", online = spec.Online } };
        if (!spec.SecondSessionOnline)
        {
            return [first];
        }

        var nextDay = (string date) => DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)
            .AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return [first, new { contentType = "seminarSession", properties = new { start = nextDay(spec.Start), end = nextDay(spec.End), place = (string?)null, online = true } }];
    }

    private static async Task<Guid> CreateHomeAsync(HedershusFactory factory)
    {
        using var api = new ManagementClient(factory);
        return await api.CreatePublishedAsync("home", null, ("sv", "Hedershus"), ("en", "Hedershus"));
    }
}
