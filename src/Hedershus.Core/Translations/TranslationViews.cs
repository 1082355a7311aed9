namespace Hedershus.Core.Translations;

/// <summary>The translation state of each culture of one node, for the tree and the editor.</summary>
public sealed record NodeTranslationStatus(Guid Id, IReadOnlyDictionary<string, CultureTranslationStatus> Cultures);

/// <param name="Outdated">A changed source was published after this translation.</param>
/// <param name="OutdatedSince">When that happened.</param>
/// <param name="NeedsNativeReview">The draft carries the "needs review by a native speaker" mark.</param>
/// <param name="PendingReviewId">The review request waiting for an editor, if any.</param>
public sealed record CultureTranslationStatus(bool Outdated, DateTime? OutdatedSince, bool NeedsNativeReview, int? PendingReviewId);

/// <summary>A line of a dashboard list about one culture of one node.</summary>
/// <param name="Name">The node's name in that culture (or the default culture's name).</param>
/// <param name="Since">Outdated since, or marked for native review since.</param>
public sealed record TranslationListItem(Guid Id, string ContentType, string Culture, string Name, DateTime? Since);
