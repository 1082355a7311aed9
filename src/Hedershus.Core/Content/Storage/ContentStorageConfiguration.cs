using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Content.Storage;

internal sealed class ContentNodeConfiguration : IEntityTypeConfiguration<ContentNode>
{
    public void Configure(EntityTypeBuilder<ContentNode> builder)
    {
        builder.ToTable("ContentNodes");
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => n.ParentId);
        builder.HasIndex(n => n.Path);
        builder.Property(n => n.ContentType).HasMaxLength(100);
        builder.Property(n => n.Path).HasMaxLength(2000);
        builder.Property(n => n.Revision).IsConcurrencyToken();
        builder.HasOne(n => n.CurrentVersion).WithMany().HasForeignKey(n => n.CurrentVersionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(n => n.Cultures).WithOne().HasForeignKey(c => c.NodeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("ContentVersions");
        builder.HasIndex(v => new { v.NodeId, v.Revision });
        builder.HasOne<ContentNode>().WithMany().HasForeignKey(v => v.NodeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Author).HasMaxLength(256);
    }
}

internal sealed class ContentCultureStateConfiguration : IEntityTypeConfiguration<ContentCultureState>
{
    public void Configure(EntityTypeBuilder<ContentCultureState> builder)
    {
        builder.ToTable("ContentCultures");
        builder.HasKey(c => new { c.NodeId, c.Culture });
        builder.Property(c => c.Culture).HasMaxLength(20);
        builder.Property(c => c.PublishedName).HasMaxLength(500);
        builder.Property(c => c.PublishedSegment).HasMaxLength(500);
        builder.HasIndex(c => c.PublishAt);
        builder.HasIndex(c => c.UnpublishAt);
        builder.Ignore(c => c.IsPublished);
    }
}

internal sealed class ChangeJournalEntryConfiguration : IEntityTypeConfiguration<ChangeJournalEntry>
{
    public void Configure(EntityTypeBuilder<ChangeJournalEntry> builder)
    {
        builder.ToTable("ChangeJournal");
        builder.Property(e => e.Culture).HasMaxLength(20);
    }
}

internal sealed class RedirectEntryConfiguration : IEntityTypeConfiguration<RedirectEntry>
{
    public void Configure(EntityTypeBuilder<RedirectEntry> builder)
    {
        builder.ToTable("Redirects");
        builder.Property(r => r.Culture).HasMaxLength(20);
        builder.Property(r => r.Route).HasMaxLength(2000);
        builder.HasIndex(r => new { r.RootKey, r.Culture, r.Route }).IsUnique();
        builder.HasIndex(r => r.NodeKey);
    }
}
