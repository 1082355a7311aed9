using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Media;

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("Media");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => m.ParentId);
        builder.HasOne<MediaItem>().WithMany().HasForeignKey(m => m.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Name).HasMaxLength(MediaNames.MaxLength);
        builder.Property(m => m.MediaType).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.Extension).HasMaxLength(10);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.UrlPath).HasMaxLength(300);
        builder.Property(m => m.AltText)
            .HasConversion(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), v => Deserialize(v))
            .Metadata.SetValueComparer(new ValueComparer<Dictionary<string, string>>(
                (a, b) => SameEntries(a!, b!),
                v => v.Aggregate(0, (hash, e) => HashCode.Combine(hash, e.Key.ToUpperInvariant(), e.Value)),
                v => new Dictionary<string, string>(v, StringComparer.OrdinalIgnoreCase)));
    }

    private static bool SameEntries(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var v) && v == e.Value);

    private static Dictionary<string, string> Deserialize(string json) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? [], StringComparer.OrdinalIgnoreCase);
}
