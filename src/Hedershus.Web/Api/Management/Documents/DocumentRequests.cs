namespace Hedershus.Web.Api.Management.Documents;

public sealed record CulturesRequest(IReadOnlyList<string>? Cultures);

public sealed record ScheduleRequest(string? Culture, DateTime? PublishAt, DateTime? UnpublishAt);

public sealed record MoveRequest(Guid? ParentId);

public sealed record CopyRequest(Guid? ParentId, bool IncludeDescendants);

public sealed record SortRequest(IReadOnlyList<Guid>? Ids);

public sealed record RollbackRequest(string? Culture);
