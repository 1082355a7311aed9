namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// One sign-in or account page: a title, some text, at most one form, links. Every page has the same simple shape,
/// so one component renders them all (and passes axe once for all).
/// </summary>
public sealed record AccountView
{
    public required AccountTexts T { get; init; }
    public required string Title { get; init; }
    public required string Nonce { get; init; }
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    public string? Error { get; init; }
    public string? Notice { get; init; }
    public AccountForm? Form { get; init; }
    public TwoFactorKey? Key { get; init; }
    public IReadOnlyList<string> RecoveryCodes { get; init; } = [];
    public IReadOnlyList<AccountLink> Links { get; init; } = [];

    /// <summary>A sign-out button (for signed-in users) with its own anti-forgery token.</summary>
    public string? SignOutToken { get; init; }

    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    /// <summary>The backoffice shell around the page once the user is fully signed in; set by <see cref="Shell.BackofficeFrameFilter"/>.</summary>
    public Shell.BackofficeShell? Shell { get; init; }
}

public sealed record AccountForm(string Action, string AntiforgeryToken, string SubmitLabel, IReadOnlyList<AccountField> Fields)
{
    public IReadOnlyDictionary<string, string> Hidden { get; init; } = new Dictionary<string, string>();
}

/// <param name="Autocomplete">The HTML autocomplete token (username, current-password, new-password, one-time-code).</param>
public sealed record AccountField(string Name, string Label, string Type, string Autocomplete, bool Required = true)
{
    public string? Value { get; init; }
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public string? InputMode { get; init; }
}

public sealed record AccountLink(string Href, string Text, string? Language = null);

/// <summary>The shared key of an authenticator app, as text, as an otpauth:// link and as a QR code (PNG data URI).</summary>
public sealed record TwoFactorKey(string SharedKey, string Uri, string QrCodeDataUri);
