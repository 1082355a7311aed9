namespace Hedershus.Web.Site.MethodBank;

/// <summary>What the method bank shows for a topic and a profession: the methods that fit, with what they are for.</summary>
public sealed class MethodBankView
{
    /// <summary>The topics the methods carry, each with its label in the visitor's language.</summary>
    public required IReadOnlyList<MethodBankChoice> Topics { get; init; }
    public required IReadOnlyList<MethodBankChoice> Professions { get; init; }
    public string? Topic { get; init; }
    public string? Profession { get; init; }
    public required IReadOnlyList<MethodView> Methods { get; init; }
}

/// <summary>A value a filter offers.</summary>
public sealed record MethodBankChoice(string Value, SiteLabel Label);

/// <summary>A method in the list: its link and summary, who it is for, and when it was last reviewed.</summary>
public sealed record MethodView(SiteLinkView Link, IReadOnlyList<SiteLabel> Professions, IReadOnlyList<SiteLabel> Topics, DateOnly? LastReviewed);
