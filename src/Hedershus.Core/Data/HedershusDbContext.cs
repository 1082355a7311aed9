using Hedershus.Core.Audit;
using Hedershus.Core.Content.Storage;
using Hedershus.Core.Reviews;
using Hedershus.Core.Translations;
using Hedershus.Core.Dictionary;
using Hedershus.Core.Identity;
using Hedershus.Core.Mail;
using Hedershus.Core.Media;
using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Core.Search.Rebuild;
using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Data;

/// <summary>
/// The one database of the hub. Each provider has a thin subclass with its own migrations. It also holds the Data
/// Protection key ring, so every node on the database protects and reads cookies, tokens and stamps with the same keys.
/// </summary>
public abstract class HedershusDbContext : IdentityDbContext<HedershusUser>, IDataProtectionKeyContext
{
    protected HedershusDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ContentNode> ContentNodes => Set<ContentNode>();
    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();
    public DbSet<ContentCultureState> ContentCultures => Set<ContentCultureState>();
    public DbSet<ChangeJournalEntry> ChangeJournal => Set<ChangeJournalEntry>();
    public DbSet<RedirectEntry> Redirects => Set<RedirectEntry>();
    public DbSet<MediaItem> MediaItems => Set<MediaItem>();
    public DbSet<MediaLibraryVersion> MediaLibraryVersions => Set<MediaLibraryVersion>();
    public DbSet<OutboxMessage> MailOutbox => Set<OutboxMessage>();
    public DbSet<SeminarRegistration> SeminarRegistrations => Set<SeminarRegistration>();
    public DbSet<RegistrationToken> SeminarRegistrationTokens => Set<RegistrationToken>();
    public DbSet<SearchRebuildRequest> SearchRebuildRequests => Set<SearchRebuildRequest>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();
    public DbSet<TranslationStatus> TranslationStatuses => Set<TranslationStatus>();
    public DbSet<DictionaryEntry> DictionaryEntries => Set<DictionaryEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<NetworkMembership> NetworkMemberships => Set<NetworkMembership>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<MemberSignInCode> MemberSignInCodes => Set<MemberSignInCode>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HedershusDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
