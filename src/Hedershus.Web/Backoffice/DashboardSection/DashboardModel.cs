using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Reports;
using Hedershus.Core.Dashboard;
using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;

namespace Hedershus.Web.Backoffice.DashboardSection;

/// <summary>
/// The start page: what needs attention, the review queue and recent activity. Lists the user may not see are null
/// (content lists need the content section; recent activity needs the audit log).
/// </summary>
public sealed record DashboardModel
{
    public const int PanelSize = 10;

    /// <summary>Items per page of a list's own page (<see cref="AttentionLists"/>).</summary>
    public const int ListPageSize = 50;

    public PagedResult<OverdueReviewItem>? OverdueReviews { get; init; }
    public PagedResult<TranslationListItem>? OutdatedTranslations { get; init; }
    public PagedResult<TranslationListItem>? UnreviewedTranslations { get; init; }
    public PagedResult<UnverifiedNumber>? UnverifiedNumbers { get; init; }
    public int PhoneVerificationDays { get; init; }
    public PagedResult<ReviewView>? ReviewQueue { get; init; }
    public PagedResult<AuditEntryView>? RecentActivity { get; init; }

    /// <summary>Node names (default culture) for the activity list.</summary>
    public IReadOnlyDictionary<Guid, string> NodeNames { get; init; } = new Dictionary<Guid, string>();
}
