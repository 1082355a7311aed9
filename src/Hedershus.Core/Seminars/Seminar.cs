using System.Globalization;
using System.Text.Json;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Seminars;

/// <summary>A published seminar as registration needs it, read from the published snapshot in one culture.</summary>
public sealed record Seminar
{
    public const string ContentType = "seminar";
    public const int DefaultOfferResponseHours = 48;

    public required Guid Key { get; init; }
    public required string Culture { get; init; }
    public required string Name { get; init; }
    public string? Summary { get; init; }
    public string? Route { get; init; }
    public DateTime? StartDate { get; init; }
    public string? Location { get; init; }
    public string? Organiser { get; init; }
    public string? InstructionLanguage { get; init; }
    public IReadOnlyList<string> Audience { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<SeminarSession> Sessions { get; init; } = [];
    public IReadOnlyList<SeminarQuestion> Questions { get; init; } = [];
    public int Capacity { get; init; }
    public DateTime? RegistrationOpens { get; init; }
    public DateTime? RegistrationCloses { get; init; }
    public string Eligibility { get; init; } = "everyone";

    /// <summary>With eligibility "networkMembers": the network whose active members may register; null, any network.</summary>
    public Guid? Network { get; init; }
    public bool ApprovalRequired { get; init; }
    public bool WaitingList { get; init; } = true;
    public int OfferResponseHours { get; init; } = DefaultOfferResponseHours;

    /// <summary>A freed seat goes straight to the first in line instead of being offered.</summary>
    public bool WaitingListAutoConfirm { get; init; }

    /// <summary>The evaluation form registrants are sent after the seminar ends; none, no mail.</summary>
    public string? EvaluationUrl { get; init; }

    /// <summary>When the first session (or the start date) begins; registration closes then at the latest.</summary>
    public DateTime? Begins => Sessions.Count > 0 ? Sessions.Min(s => s.Start) : StartDate;

    /// <summary>When the last session ends (a session without an end lasts until its start).</summary>
    public DateTime? Ends => Sessions.Count > 0 ? Sessions.Max(s => s.End ?? s.Start) : StartDate;

    public bool IsOnline => Sessions.Count > 0 && Sessions.All(s => s.Online);

    /// <summary>The seminar in <paramref name="culture"/>, or in its first published culture when that one is missing.</summary>
    public static Seminar From(PublishedContent content, string culture, string defaultCulture)
    {
        var published = content.Cultures.GetValueOrDefault(culture) ?? content.Cultures.GetValueOrDefault(defaultCulture) ?? content.Cultures.Values.First();
        var p = published.Properties;
        return new Seminar
        {
            Key = content.Key,
            Culture = published.Culture,
            Name = published.Name,
            Summary = Text(p, "summary"),
            Route = published.Route,
            StartDate = Date(p, "startDate"),
            Location = Text(p, "location"),
            Organiser = Text(p, "organiser"),
            InstructionLanguage = Text(p, "instructionLanguage"),
            Audience = Strings(p, "audience"),
            Topics = Strings(p, "topics"),
            Sessions = Blocks(p, "sessions").Select(SeminarSession.From).Where(s => s is not null).Select(s => s!).OrderBy(s => s.Start).ToList(),
            Questions = Blocks(p, "questions").Select(SeminarQuestion.From).Where(q => q is not null).Select(q => q!).ToList(),
            Capacity = (int)(Number(p, "capacity") ?? 0),
            RegistrationOpens = Date(p, "registrationOpens"),
            RegistrationCloses = Date(p, "registrationCloses"),
            Eligibility = Text(p, "eligibility") ?? "everyone",
            Network = Guid.TryParse(Text(p, "network"), out var network) ? network : null,
            ApprovalRequired = Bool(p, "approvalRequired") ?? false,
            WaitingList = Bool(p, "waitingList") ?? true,
            OfferResponseHours = (int)(Number(p, "offerResponseHours") ?? DefaultOfferResponseHours),
            WaitingListAutoConfirm = Bool(p, "waitingListAutoConfirm") ?? false,
            EvaluationUrl = Text(p, "evaluationUrl"),
        };
    }

    internal static string? Text(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        p.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    internal static DateTime? Date(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        Text(p, alias) is { } s && DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    internal static decimal? Number(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        p.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null;

    internal static bool? Bool(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        p.TryGetValue(alias, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    internal static List<string> Strings(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        !p.TryGetValue(alias, out var v) ? []
        : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
        : v.ValueKind == JsonValueKind.String ? [v.GetString()!] : [];

    private static IEnumerable<IReadOnlyDictionary<string, JsonElement>> Blocks(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        p.TryGetValue(alias, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
                .Where(b => b.ValueKind == JsonValueKind.Object && b.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
                .Select(b => (IReadOnlyDictionary<string, JsonElement>)b.GetProperty("properties").EnumerateObject().ToDictionary(x => x.Name, x => x.Value.Clone()))
            : [];
}
