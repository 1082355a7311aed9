namespace Hedershus.Core.Audit;

/// <summary>
/// Records changes in the append-only audit log. <see cref="Add"/> only stages the row in the caller's unit of work,
/// so it is saved and committed together with the change it describes — or not at all.
/// </summary>
public interface IAuditLog
{
    void Add(AuditRecord record);
}
