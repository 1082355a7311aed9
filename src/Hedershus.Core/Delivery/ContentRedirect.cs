namespace Hedershus.Core.Delivery;

/// <summary>Where a moved route went: the new route and its start item (answered as 301 with Location headers).</summary>
public sealed record ContentRedirect(string Location, string StartItemPath, Guid StartItemId);
