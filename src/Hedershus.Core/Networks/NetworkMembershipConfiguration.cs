using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Networks;

internal sealed class NetworkMembershipConfiguration : IEntityTypeConfiguration<NetworkMembership>
{
    public void Configure(EntityTypeBuilder<NetworkMembership> builder)
    {
        builder.ToTable("NetworkMemberships");
        builder.HasIndex(m => m.Key).IsUnique();

        // One row per person and network: a second join is a conflict even when two arrive at once.
        builder.HasIndex(m => new { m.NetworkKey, m.Email }).IsUnique();
        builder.HasIndex(m => m.Email);
        builder.HasIndex(m => m.ConfirmTokenHash).IsUnique();
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.NetworkName).HasMaxLength(300);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.Property(m => m.OrganisationType).HasMaxLength(40);
        builder.Property(m => m.Municipality).HasMaxLength(100);
        builder.Property(m => m.Role).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(20);
        builder.Property(m => m.ConfirmTokenHash).HasMaxLength(64);
        builder.Property(m => m.Reason).HasMaxLength(1000);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
    }
}
