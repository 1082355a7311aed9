using Hedershus.Core.Content.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Translations;

internal sealed class TranslationStatusConfiguration : IEntityTypeConfiguration<TranslationStatus>
{
    public void Configure(EntityTypeBuilder<TranslationStatus> builder)
    {
        builder.ToTable("TranslationStatuses");
        builder.HasKey(s => new { s.NodeId, s.Culture });
        builder.Property(s => s.Culture).HasMaxLength(20);
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(s => s.NodeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.OutdatedSince);
        builder.HasIndex(s => s.NeedsNativeReview);
    }
}
