using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Media;

internal sealed class MediaLibraryVersionConfiguration : IEntityTypeConfiguration<MediaLibraryVersion>
{
    public void Configure(EntityTypeBuilder<MediaLibraryVersion> builder)
    {
        builder.ToTable("MediaLibraryVersion");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasData(new MediaLibraryVersion { Id = MediaLibraryVersion.RowId, Version = 0 });
    }
}
