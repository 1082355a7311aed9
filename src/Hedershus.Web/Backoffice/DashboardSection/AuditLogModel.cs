using Hedershus.Core.Audit;
using Hedershus.Core.Common;

namespace Hedershus.Web.Backoffice.DashboardSection;

/// <summary>The audit log page: the filters as typed, the matching rows (newest first) and the choices of the filter form.</summary>
public sealed record AuditLogModel
{
    public const int PageSize = 50;

    public required AuditLogFilter Filter { get; init; }
    public required PagedResult<AuditEntryView> Rows { get; init; }
    public required IReadOnlyList<AuditActor> Actors { get; init; }
    public required IReadOnlyList<CultureDefinition> Cultures { get; init; }
    public required IReadOnlyDictionary<Guid, string> NodeNames { get; init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}

/// <summary>The filter form's fields as strings (shown again as typed); dates are whole UTC days, both inclusive.</summary>
public sealed record AuditLogFilter(string? User, string? Node, string? Culture, string? Action, string? From, string? To, int Skip)
{
    public string Query(int skip) =>
        string.Join("&", new[] { ("user", User), ("node", Node), ("culture", Culture), ("action", Action), ("from", From), ("to", To), ("skip", skip > 0 ? skip.ToString(System.Globalization.CultureInfo.InvariantCulture) : null) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
