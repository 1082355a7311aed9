namespace Hedershus.Core.Media;

/// <summary>A document that uses a media item.</summary>
/// <param name="Id">The document's key.</param>
/// <param name="Name">Its name (in the default culture when it has one).</param>
/// <param name="Draft">Its current draft uses the item.</param>
/// <param name="Published">A published culture of it uses the item.</param>
/// <param name="Trashed">It is in the recycle bin (it still counts: it may be restored).</param>
public sealed record MediaUsage(Guid Id, string Name, bool Draft, bool Published, bool Trashed);
