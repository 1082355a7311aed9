namespace Hedershus.Core.Search.Drafts;

/// <summary>What the drafts index must reflect of a node: its current version and its place in the tree.</summary>
/// <param name="Version">The id of the node's current (draft) version.</param>
/// <param name="Path">The keys of its ancestors and its own, root first, separated by '/'.</param>
public sealed record DraftState(int Version, string Path)
{
    public IReadOnlyList<Guid> PathKeys => [.. Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}
