using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Media;

/// <summary>
/// The media library's change counter: one row whose <see cref="Version"/> every media write raises in the write's
/// own transaction. It only ever grows, so a node that read version n knows the library changed when it reads
/// another number — uploads, edits in the same clock tick and deletes alike.
/// </summary>
public sealed class MediaLibraryVersion
{
    public const int RowId = 1;

    public int Id { get; set; }

    public long Version { get; set; }

    /// <summary>Raises the version by one. Call inside the transaction of the write it announces.</summary>
    internal static async Task RaiseAsync(HedershusDbContext db, CancellationToken cancellationToken)
    {
        // One atomic UPDATE: concurrent writers on other nodes queue on the row instead of overwriting each other's count.
        var updated = await db.MediaLibraryVersions.Where(v => v.Id == RowId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
        if (updated != 1)
        {
            throw new InvalidOperationException("The MediaLibraryVersion row is missing; the database was not migrated.");
        }
    }

    /// <summary>The current version (0 before the first media write).</summary>
    internal static Task<long> ReadAsync(HedershusDbContext db, CancellationToken cancellationToken) =>
        db.MediaLibraryVersions.Where(v => v.Id == RowId).Select(v => v.Version).SingleAsync(cancellationToken);
}
