using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.DashboardSection;

/// <summary>The dashboard's "needs attention" lists, each with a page of its own at <c>/umbraco/attention/{list}</c>.</summary>
public static class AttentionLists
{
    public const string OverdueReviews = "overdue-reviews";
    public const string OutdatedTranslations = "outdated-translations";
    public const string UnreviewedTranslations = "unreviewed-translations";
    public const string UnverifiedNumbers = "unverified-numbers";

    public static IReadOnlyList<string> All { get; } = [OverdueReviews, OutdatedTranslations, UnreviewedTranslations, UnverifiedNumbers];

    public static string Href(string list) => "/umbraco/attention/" + list;

    public static string Title(string list, DashboardModel model, BackofficeText t) => list switch
    {
        OverdueReviews => t["OverdueReviews"],
        OutdatedTranslations => t["OutdatedTranslations"],
        UnreviewedTranslations => t["UnreviewedTranslations"],
        _ => t.Format("UnverifiedNumbers", model.PhoneVerificationDays),
    };

    /// <summary>How many items the list holds in all (the page shows a part of them).</summary>
    public static long Total(string list, DashboardModel model) => list switch
    {
        OverdueReviews => model.OverdueReviews?.Total ?? 0,
        OutdatedTranslations => model.OutdatedTranslations?.Total ?? 0,
        UnreviewedTranslations => model.UnreviewedTranslations?.Total ?? 0,
        _ => model.UnverifiedNumbers?.Total ?? 0,
    };
}

/// <summary>A page of one list: the lists (only a page of each read), which list, and where the page starts.</summary>
public sealed record AttentionListModel(DashboardModel Lists, string List, int Skip);
