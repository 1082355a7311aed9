namespace Hedershus.Core.Common;

/// <summary>One page of a longer list.</summary>
public sealed record PagedResult<T>(long Total, IReadOnlyList<T> Items);
