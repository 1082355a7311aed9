using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Members;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("Members");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => m.Email).IsUnique();
        builder.Property(m => m.Email).HasMaxLength(254);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Organisation).HasMaxLength(200);
        builder.Property(m => m.OrganisationType).HasMaxLength(40);
        builder.Property(m => m.Municipality).HasMaxLength(100);
        builder.Property(m => m.Role).HasMaxLength(200);
        builder.Property(m => m.Language).HasMaxLength(20);
    }
}

internal sealed class MemberSignInCodeConfiguration : IEntityTypeConfiguration<MemberSignInCode>
{
    public void Configure(EntityTypeBuilder<MemberSignInCode> builder)
    {
        builder.ToTable("MemberSignInCodes");
        builder.HasIndex(c => c.TokenHash).IsUnique();
        builder.HasIndex(c => new { c.Email, c.CreatedAt });
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.TokenHash).HasMaxLength(64);
        builder.Property(c => c.CodeHash).HasMaxLength(64);
    }
}
