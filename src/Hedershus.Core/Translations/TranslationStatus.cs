namespace Hedershus.Core.Translations;

/// <summary>
/// Whether one culture of a node is in step with its default-culture (Swedish) source, and whether its text still
/// needs review by a native speaker. A culture without a row is in step and reviewed.
/// </summary>
public sealed class TranslationStatus
{
    public int NodeId { get; set; }
    public string Culture { get; set; } = "";

    /// <summary>When a changed source was published over this translation; null when the translation is in step.</summary>
    public DateTime? OutdatedSince { get; set; }

    /// <summary>Mirrors the draft's <c>needsNativeReview</c> value, so lists need not read every draft.</summary>
    public bool NeedsNativeReview { get; set; }

    /// <summary>When the draft was first saved with <see cref="NeedsNativeReview"/> set.</summary>
    public DateTime? NeedsNativeReviewSince { get; set; }
}
