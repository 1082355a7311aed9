using Hedershus.Core.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Reviews;

internal sealed class ReviewRequestConfiguration : IEntityTypeConfiguration<ReviewRequest>
{
    public const int MessageLength = 2000;
    public const string PendingIndexName = "IX_ReviewRequests_Pending";

    public void Configure(EntityTypeBuilder<ReviewRequest> builder)
    {
        builder.ToTable("ReviewRequests");
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(r => r.NodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.NodeId, r.Culture, r.State });
        // At most one pending request per node and culture, even when two writers send at the same moment.
        builder.HasIndex(r => new { r.NodeId, r.Culture }).IsUnique().HasFilter("\"State\" = 0").HasDatabaseName(PendingIndexName);
        builder.HasIndex(r => new { r.State, r.RequestedAt });
        builder.Property(r => r.Culture).HasMaxLength(20);
        builder.Property(r => r.Message).HasMaxLength(MessageLength);
        builder.Property(r => r.Comment).HasMaxLength(MessageLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(256);
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Property(r => r.DecidedByName).HasMaxLength(256);
        builder.Property(r => r.RequesterLanguage).HasMaxLength(20);
    }
}
