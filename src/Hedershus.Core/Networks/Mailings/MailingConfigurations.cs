using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Networks.Mailings;

internal sealed class MailingConfiguration : IEntityTypeConfiguration<Mailing>
{
    public void Configure(EntityTypeBuilder<Mailing> builder)
    {
        builder.ToTable("NetworkMailings");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.NetworkKey, m.CreatedAt });
        builder.Property(m => m.NetworkName).HasMaxLength(300);
        builder.Property(m => m.CreatedBy).HasMaxLength(200);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Texts)
            .HasConversion(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<MailingText>>(v, JsonSerializerOptions.Default) ?? new List<MailingText>())
            .Metadata.SetValueComparer(new ValueComparer<List<MailingText>>(
                (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (hash, t) => HashCode.Combine(hash, t)), v => v.ToList()));
    }
}

internal sealed class MailingRecipientConfiguration : IEntityTypeConfiguration<MailingRecipient>
{
    public void Configure(EntityTypeBuilder<MailingRecipient> builder)
    {
        builder.ToTable("NetworkMailingRecipients");
        builder.HasOne<Mailing>().WithMany().HasForeignKey(r => r.MailingId).OnDelete(DeleteBehavior.Cascade);

        // A member is written once per mailing, even when two sends of it race: the second batch fails as a whole.
        builder.HasIndex(r => new { r.MailingId, r.Email }).IsUnique();
        builder.HasIndex(r => r.Email);
        builder.HasIndex(r => r.MessageId);
        builder.HasIndex(r => r.UnsubscribeTokenHash).IsUnique();
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.Language).HasMaxLength(20);
        builder.Property(r => r.MessageId).HasMaxLength(200);
        builder.Property(r => r.UnsubscribeTokenHash).HasMaxLength(64);
    }
}

internal sealed class MailingOptOutConfiguration : IEntityTypeConfiguration<MailingOptOut>
{
    public void Configure(EntityTypeBuilder<MailingOptOut> builder)
    {
        builder.ToTable("NetworkMailingOptOuts");
        builder.HasIndex(o => new { o.NetworkKey, o.Email }).IsUnique();
        builder.HasIndex(o => o.Email);
        builder.Property(o => o.Email).HasMaxLength(254);
    }
}

internal sealed class MailingBounceConfiguration : IEntityTypeConfiguration<MailingBounce>
{
    public void Configure(EntityTypeBuilder<MailingBounce> builder)
    {
        builder.ToTable("NetworkMailingBounces");
        builder.HasIndex(b => b.Email).IsUnique();
        builder.Property(b => b.Email).HasMaxLength(254);
    }
}
