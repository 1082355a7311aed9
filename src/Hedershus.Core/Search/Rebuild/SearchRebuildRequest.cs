using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Search.Rebuild;

/// <summary>
/// An administrator's request for a full rebuild of the published index, on every node: each node keeps its own
/// index, so the request is a row all nodes follow (<see cref="SearchRebuildFollower"/>), and each index records in
/// its commit the last request it was built after.
/// </summary>
public sealed class SearchRebuildRequest
{
    public long Id { get; set; }
    public DateTime RequestedAt { get; set; }

    /// <summary>Who asked (an API client, a job), for the log.</summary>
    public string? RequestedBy { get; set; }
}

internal sealed class SearchRebuildRequestConfiguration : IEntityTypeConfiguration<SearchRebuildRequest>
{
    public void Configure(EntityTypeBuilder<SearchRebuildRequest> builder)
    {
        builder.ToTable("SearchRebuildRequests");
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
    }
}
