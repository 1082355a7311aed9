namespace Hedershus.Core.Reviews;

/// <summary>A review request as the queue, the editor and the history show it.</summary>
public sealed record ReviewView(
    int Id,
    Guid NodeId,
    string ContentType,
    string Name,
    string Culture,
    ReviewState State,
    int Revision,
    string? Message,
    string? RequestedByUserId,
    string RequestedBy,
    DateTime RequestedAt,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? Comment);

/// <summary>Filters of the review list; all optional.</summary>
public sealed record ReviewQuery
{
    public ReviewState? State { get; init; }
    public Guid? NodeId { get; init; }
    public string? Culture { get; init; }

    /// <summary>Only requests sent by this user (the writer's "my requests").</summary>
    public string? RequestedByUserId { get; init; }
}

/// <summary>Send a culture for review.</summary>
/// <param name="Language">The writer's backoffice language, for the e-mail if the request is rejected.</param>
public sealed record SendForReviewRequest(string? Culture, string? Message, string? Language);
