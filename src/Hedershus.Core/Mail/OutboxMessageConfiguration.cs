using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Mail;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("MailOutbox");
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.Property(m => m.MessageId).HasMaxLength(200);
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.FromAddress).HasMaxLength(320);
        builder.Property(m => m.FromName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(400);
        builder.Property(m => m.Language).HasMaxLength(20);
        builder.Property(m => m.Kind).HasMaxLength(60);
        builder.Property(m => m.LastError).HasMaxLength(200);
        builder.Property(m => m.ListUnsubscribe).HasMaxLength(1000);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Attachments)
            .HasConversion(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default), v => Deserialize(v))
            .Metadata.SetValueComparer(new ValueComparer<List<OutboxAttachment>>(
                (a, b) => SameAttachments(a!, b!),
                v => v.Aggregate(0, (hash, a) => HashCode.Combine(hash, a.FileName, a.Content.Length)),
                v => v.ToList()));
    }

    private static bool SameAttachments(List<OutboxAttachment> a, List<OutboxAttachment> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.FileName == p.Second.FileName && p.First.Content.AsSpan().SequenceEqual(p.Second.Content));

    private static List<OutboxAttachment> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<OutboxAttachment>>(json, JsonSerializerOptions.Default) ?? [];
}
