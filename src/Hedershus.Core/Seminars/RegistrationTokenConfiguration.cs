using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Seminars;

internal sealed class RegistrationTokenConfiguration : IEntityTypeConfiguration<RegistrationToken>
{
    public void Configure(EntityTypeBuilder<RegistrationToken> builder)
    {
        builder.ToTable("SeminarRegistrationTokens");
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.HasIndex(t => t.RegistrationId);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.HasOne(t => t.Registration).WithMany().HasForeignKey(t => t.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
