namespace Hedershus.Core.Content;

/// <summary>The "Content" section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>How often a node looks for journal rows written by other nodes.</summary>
    public int JournalPollMilliseconds { get; set; } = 100;

    /// <summary>A node this many rows behind rebuilds its snapshot instead of applying rows one by one.</summary>
    public int RebuildThreshold { get; set; } = 5000;

    /// <summary>How long a write waits for its change to be visible in this node's snapshot before answering.</summary>
    public int VisibleTimeoutMilliseconds { get; set; } = 5000;
}
