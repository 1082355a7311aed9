using Hedershus.Core.Networks;

namespace Hedershus.Web.Site.Networks;

/// <summary>A network's page: its content, the seminars for its members, and the join form (none for invitation only).</summary>
public sealed class NetworkPageView
{
    public required NetworkText Text { get; init; }
    public required SiteFrame Frame { get; init; }
    public required SiteContentView Content { get; init; }
    public required Network Network { get; init; }
    public required string DirectoryUrl { get; init; }
    public IReadOnlyList<NetworkSeminarView> Seminars { get; init; } = [];

    /// <summary>Null when the network takes members by invitation only.</summary>
    public JoinFormView? Form { get; init; }
}

/// <summary>An upcoming seminar for the network's members; <see cref="LanguageTag"/> when its name is in another language.</summary>
public sealed record NetworkSeminarView(string Name, string Href, string? LanguageTag, DateTime? Begins, DateTime? FirstSessionEnds);

/// <summary>The join form: where it posts, its anti-forgery token, what was typed and what was wrong with it.</summary>
public sealed class JoinFormView
{
    public required string Action { get; init; }
    public required string AntiforgeryField { get; init; }
    public required string AntiforgeryToken { get; init; }
    public required MembershipPolicy Policy { get; init; }
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>Field name → the message shown next to it and in the summary.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>A problem that belongs to no field (an expired form, too many requests).</summary>
    public string? Problem { get; init; }

    public string Value(string field) => Values.GetValueOrDefault(field) ?? "";
}

/// <summary>What the join form shows again after a refused post.</summary>
public sealed record JoinFormState(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, string> Errors, string? Problem)
{
    public static JoinFormState Blank { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), null);
}

/// <summary>A network's member directory page (shown only to its active members).</summary>
public sealed record MemberDirectoryView(NetworkText Text, string NetworkName, string NetworkUrl, IReadOnlyList<DirectoryEntry> Entries);
