using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Audit;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on the audit table, so not even a bug or a hand-written query
/// in the application can rewrite history. Created at start-up (idempotent), not in a migration, because the
/// migrations are regenerated from the model.
/// </summary>
public static class AuditAppendOnly
{
    public const string Message = "The audit log is append-only.";

    private const string Sqlite = $"""
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_update BEFORE UPDATE ON "{AuditEntryConfiguration.Table}"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        CREATE TRIGGER IF NOT EXISTS audit_entries_no_delete BEFORE DELETE ON "{AuditEntryConfiguration.Table}"
        BEGIN SELECT RAISE(ABORT, '{Message}'); END;
        """;

    // Looking before creating is not enough when several nodes start at once: two can both see nothing and both create
    // (a unique violation in pg_proc). A transaction-scoped advisory lock lets one node at a time look and create.
    private const string Postgres = $$"""
        DO $$
        BEGIN
          PERFORM pg_advisory_xact_lock(hashtext('hedershus.audit_entries_append_only'));
          IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'audit_entries_append_only') THEN
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS
              'BEGIN RAISE EXCEPTION ''{{Message}}''; END;';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entries_append_only' AND tgrelid = '"{{AuditEntryConfiguration.Table}}"'::regclass) THEN
            CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "{{AuditEntryConfiguration.Table}}"
              FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
          END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_entries_no_truncate' AND tgrelid = '"{{AuditEntryConfiguration.Table}}"'::regclass) THEN
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "{{AuditEntryConfiguration.Table}}"
              FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
          END IF;
        END
        $$;
        """;

    public static Task EnsureAsync(HedershusDbContext db, DatabaseProvider provider, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres ? Postgres : Sqlite, cancellationToken);
}
