using System.Text.Json.Serialization;

namespace Hedershus.Core.Reviews;

/// <summary>
/// A writer's request that an editor review and publish one culture of a node. Never deleted while the node
/// exists: the requests of a node are its review history.
/// </summary>
public sealed class ReviewRequest
{
    public int Id { get; set; }
    public int NodeId { get; set; }
    public Guid NodeKey { get; set; }
    public string Culture { get; set; } = "";
    public ReviewState State { get; set; }

    /// <summary>The node revision that was sent; any later change to the culture withdraws the request.</summary>
    public int Revision { get; set; }

    public string? Message { get; set; }
    public string? RequestedByUserId { get; set; }
    public string RequestedByName { get; set; } = "";

    /// <summary>The backoffice language of the writer, for the rejection e-mail ("sv" or "en").</summary>
    public string RequesterLanguage { get; set; } = "sv";

    public DateTime RequestedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>The editor's reason for a rejection.</summary>
    public string? Comment { get; set; }
}

[JsonConverter(typeof(JsonStringEnumConverter<ReviewState>))]
public enum ReviewState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,

    /// <summary>The culture changed after sending, the node went to the recycle bin, or the writer took it back.</summary>
    Withdrawn = 3,
}
