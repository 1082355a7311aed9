using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Dictionary;

internal sealed class DictionaryEntryConfiguration : IEntityTypeConfiguration<DictionaryEntry>
{
    public void Configure(EntityTypeBuilder<DictionaryEntry> builder)
    {
        builder.ToTable("DictionaryEntries");
        builder.HasIndex(e => new { e.Key, e.Culture }).IsUnique();
        builder.Property(e => e.Key).HasMaxLength(DictionaryService.MaxKeyLength);
        builder.Property(e => e.Culture).HasMaxLength(20);
        builder.Property(e => e.Value).HasMaxLength(DictionaryService.MaxValueLength);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
    }
}
