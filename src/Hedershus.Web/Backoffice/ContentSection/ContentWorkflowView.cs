using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>What the node page shows about reviews and translations, and which of their actions this user may take.</summary>
/// <param name="Translations">Per culture of the draft: outdated, needs native review, pending review.</param>
/// <param name="Pending">The request waiting for an editor in the culture being edited.</param>
/// <param name="Returned">The culture's latest request when an editor rejected it (its comment is for the writer).</param>
public sealed record ContentWorkflowView(
    IReadOnlyDictionary<string, CultureTranslationStatus> Translations,
    ReviewView? Pending,
    ReviewView? Returned,
    bool MaySend,
    bool MayDecide,
    bool MayConfirm,
    bool MayClearNativeReview,
    bool MayWithdraw)
{
    public static ContentWorkflowView None { get; } = new(new Dictionary<string, CultureTranslationStatus>(), null, null, false, false, false, false, false);

    public CultureTranslationStatus? In(string culture) => Translations.GetValueOrDefault(culture);
}
