using Hedershus.Core.Content.Events;

namespace Hedershus.Core.Audit;

/// <summary>
/// The action names of the audit log, "area.verb-in-past-tense". Other features add their own in the same form
/// (e.g. "user.created", "user.roles-changed").
/// </summary>
public static class AuditActions
{
    public const string ReviewSent = "review.sent";
    public const string ReviewApproved = "review.approved";
    public const string ReviewRejected = "review.rejected";
    public const string ReviewWithdrawn = "review.withdrawn";
    public const string TranslationMarkedOutdated = "translation.marked-outdated";
    public const string TranslationConfirmed = "translation.confirmed";
    public const string NativeReviewCleared = "translation.native-review-cleared";
    public const string MediaCreated = "media.created";
    public const string MediaUpdated = "media.updated";
    public const string MediaDeleted = "media.deleted";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserRolesChanged = "user.roles-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserPasswordReset = "user.password-reset";
    public const string MailingBounceCleared = "mailing.bounce-cleared";

    /// <summary>Every action name the log may hold, for filters (content actions from <see cref="ContentEventKind"/>).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Enum.GetValues<ContentEventKind>().Select(For),
        ReviewSent, ReviewApproved, ReviewRejected, ReviewWithdrawn,
        TranslationMarkedOutdated, TranslationConfirmed, NativeReviewCleared,
        MediaCreated, MediaUpdated, MediaDeleted,
        UserCreated, UserUpdated, UserRolesChanged, UserDisabled, UserEnabled, UserPasswordReset,
        MailingBounceCleared,
    ];

    /// <summary>"content.published", "content.rolled-back"…</summary>
    public static string For(ContentEventKind action) => action switch
    {
        ContentEventKind.RolledBack => "content.rolled-back",
        _ => "content." + action.ToString().ToLowerInvariant(),
    };
}
