namespace Hedershus.Web.Backoffice.Shell;

/// <summary>What every backoffice page shows around its own content: sections, the user, the language, the token.</summary>
public sealed class BackofficeShell
{
    public required BackofficeText T { get; init; }
    public required string UserName { get; init; }
    public required IReadOnlyList<BackofficeNavItem> Sections { get; init; }
    public required string CurrentSection { get; init; }
    public required string AntiforgeryField { get; init; }
    public required string AntiforgeryToken { get; init; }

    /// <summary>The path and query of this page, so the language form returns here.</summary>
    public required string ReturnUrl { get; init; }

    public string Language => T.Language;
}

/// <summary>One section in the navigation.</summary>
public sealed record BackofficeNavItem(string Alias, string Name, string Href);
