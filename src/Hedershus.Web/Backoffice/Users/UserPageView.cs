using Hedershus.Core.Common;
using Hedershus.Core.Identity.Users;
using Hedershus.Web.Backoffice.Accounts;

namespace Hedershus.Web.Backoffice.Users;

/// <summary>The users pages: the list, or the form of one user (new when <see cref="User"/> is null).</summary>
public sealed record UserPageView
{
    public required AccountTexts T { get; init; }
    public required UserTexts U { get; init; }
    public required string Nonce { get; init; }

    /// <summary>The backoffice shell around the page; set by <see cref="Shell.BackofficeFrameFilter"/>.</summary>
    public Shell.BackofficeShell? Shell { get; init; }
    public required string AntiforgeryToken { get; init; }
    public IReadOnlyList<BackofficeUserSummary>? Users { get; init; }
    public BackofficeUserSummary? User { get; init; }
    public bool IsForm { get; init; }
    public SaveUserRequest? Input { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
    public IReadOnlyList<CultureDefinition> Cultures { get; init; } = [];
    public string? Notice { get; init; }
    public int StatusCode { get; init; } = StatusCodes.Status200OK;
}
