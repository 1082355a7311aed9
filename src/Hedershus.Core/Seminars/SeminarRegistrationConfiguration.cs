using Hedershus.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hedershus.Core.Seminars;

internal sealed class SeminarRegistrationConfiguration : IEntityTypeConfiguration<SeminarRegistration>
{
    public void Configure(EntityTypeBuilder<SeminarRegistration> builder)
    {
        builder.ToTable("SeminarRegistrations");
        builder.HasIndex(r => r.Key).IsUnique();

        // One active registration per e-mail per seminar; a cancelled one does not block signing up again.
        // The same SQL works on SQLite and PostgreSQL (both quote identifiers with double quotes).
        builder.HasIndex(r => new { r.SeminarKey, r.Email }).IsUnique().HasFilter("\"Status\" <> 'Cancelled'");
        builder.HasIndex(r => new { r.SeminarKey, r.Status });

        // The last waiting-list place is read inside the seminar's lock for every batch of registrations; without this
        // it is a walk over all of the seminar's registrations, which grows with every one taken.
        builder.HasIndex(r => new { r.SeminarKey, r.Position });
        builder.Property(r => r.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(r => r.Name).HasMaxLength(RegistrationRules.MaxTextLength);
        builder.Property(r => r.Organisation).HasMaxLength(RegistrationRules.MaxTextLength);
        builder.Property(r => r.OrganisationType).HasMaxLength(40);
        builder.Property(r => r.Municipality).HasMaxLength(100);
        builder.Property(r => r.Role).HasMaxLength(RegistrationRules.MaxTextLength);
        builder.Property(r => r.Language).HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.SeminarName).HasMaxLength(400);
        builder.Property(r => r.NoticeFingerprint).HasMaxLength(64);
        builder.HasIndex(r => r.Email);
    }
}
