using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";
    public const int NameLength = 256;
    public const int TargetLength = 200;
    public const int DetailLength = 500;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(NameLength);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.Culture).HasMaxLength(20);
        builder.Property(e => e.Target).HasMaxLength(TargetLength);
        builder.Property(e => e.Detail).HasMaxLength(DetailLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => e.NodeKey);
        builder.HasIndex(e => e.ActorUserId);
        builder.HasIndex(e => e.Action);
    }
}
