namespace Hedershus.Core.Content.Storage;

/// <summary>A 301 from a route a published node used to have.</summary>
public sealed class RedirectEntry
{
    public int Id { get; set; }
    /// <summary>The root (start item) the old route lived under: routes are relative to their root.</summary>
    public Guid RootKey { get; set; }

    public string Culture { get; set; } = "";

    /// <summary>The old route, e.g. "/vagledning/gammalt-namn/".</summary>
    public string Route { get; set; } = "";

    public Guid NodeKey { get; set; }
    public DateTime CreatedAt { get; set; }
}
