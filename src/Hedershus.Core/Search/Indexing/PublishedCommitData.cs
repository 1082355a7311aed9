using System.Globalization;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// What a commit of the published index records besides the schema: the journal position it reflects (only when
/// complete) and the last rebuild request it was built after.
/// </summary>
internal static class PublishedCommitData
{
    private const string PositionKey = "position";
    private const string RebuildRequestKey = "rebuildRequest";

    /// <param name="position">The journal position the index reflects, or null when it may be incomplete (a restart then rebuilds).</param>
    public static void Add(IDictionary<string, string> data, long? position, long rebuildRequest)
    {
        if (position is { } known)
        {
            data[PositionKey] = known.ToString(CultureInfo.InvariantCulture);
        }

        data[RebuildRequestKey] = rebuildRequest.ToString(CultureInfo.InvariantCulture);
    }

    public static long? Position(IDictionary<string, string> data) =>
        data.TryGetValue(PositionKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : null;

    public static long RebuildRequest(IDictionary<string, string> data) =>
        data.TryGetValue(RebuildRequestKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
}
