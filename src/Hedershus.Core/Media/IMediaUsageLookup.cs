namespace Hedershus.Core.Media;

/// <summary>
/// Tells where a media item is used, so that a used item is not deleted. Content registers the real lookup
/// (media pickers, rich text); until then nothing counts as used.
/// </summary>
public interface IMediaUsageLookup
{
    /// <summary>The documents that use the item, in a stable order; empty when unused.</summary>
    Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(Guid mediaKey, CancellationToken cancellationToken);
}

internal sealed class NoMediaUsageLookup : IMediaUsageLookup
{
    public Task<IReadOnlyList<MediaUsage>> FindUsagesAsync(Guid mediaKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MediaUsage>>([]);
}
