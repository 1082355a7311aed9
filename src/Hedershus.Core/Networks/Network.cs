using System.Text.Json;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Networks;

/// <summary>A published network as joining and the member pages need it, read in one culture.</summary>
public sealed record Network
{
    public required Guid Key { get; init; }
    public required string Culture { get; init; }
    public required string Name { get; init; }
    public string? Summary { get; init; }
    public string? Route { get; init; }
    public MembershipPolicy Policy { get; init; }
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>Addresses of the coordinators told of new requests.</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];

    public static Network From(PublishedContent content, string culture, string defaultCulture)
    {
        var published = content.Cultures.GetValueOrDefault(culture) ?? content.Cultures.GetValueOrDefault(defaultCulture) ?? content.Cultures.Values.First();
        var p = published.Properties;
        return new Network
        {
            Key = content.Key,
            Culture = published.Culture,
            Name = published.Name,
            Summary = p.TryGetValue("summary", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null,
            Route = published.Route,
            Policy = PolicyOf(p),
            Audience = Strings(p, "audience"),
            Coordinators = Strings(p, "coordinators"),
        };
    }

    private static MembershipPolicy PolicyOf(IReadOnlyDictionary<string, JsonElement> p) =>
        p.TryGetValue("membershipPolicy", out var value) && value.ValueKind == JsonValueKind.String
            && Enum.TryParse<MembershipPolicy>(value.GetString(), ignoreCase: true, out var policy)
            ? policy
            : MembershipPolicy.Invitation; // a network whose policy is unreadable lets nobody in by themselves

    private static List<string> Strings(IReadOnlyDictionary<string, JsonElement> p, string alias) =>
        !p.TryGetValue(alias, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : [];
}
