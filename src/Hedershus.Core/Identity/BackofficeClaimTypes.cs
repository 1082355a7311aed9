namespace Hedershus.Core.Identity;

/// <summary>
/// Per-user settings kept as Identity user claims (no table of their own): the cultures a translator may edit and the
/// content subtrees a user may work in.
/// </summary>
public static class BackofficeClaimTypes
{
    /// <summary>A culture code the user may edit (Translators).</summary>
    public const string Culture = "hedershus:culture";

    /// <summary>The key of a content node whose subtree the user may work in; none means the whole tree.</summary>
    public const string StartNode = "hedershus:start-node";

    /// <summary>In the sign-in cookie only: a step the user must finish before using the backoffice.</summary>
    public const string PendingStep = "hedershus:pending";
}
