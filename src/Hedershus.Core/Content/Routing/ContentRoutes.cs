namespace Hedershus.Core.Content.Routing;

/// <summary>
/// How routes are spelled, in one place so the snapshot, redirects and the site agree: a root is "/" in the
/// default culture and "/{culture}/" in others; below it one segment per level, each followed by "/".
/// </summary>
public static class ContentRoutes
{
    public static string Root(string culture, string defaultCulture) =>
        string.Equals(culture, defaultCulture, StringComparison.OrdinalIgnoreCase) ? "/" : "/" + culture.ToLowerInvariant() + "/";

    public static string Child(string parentRoute, string segment) => parentRoute + segment + "/";

    /// <summary>
    /// Normalises a requested path for lookup: leading and trailing slash, lowercase, no empty segments.
    /// Returns null for paths that can never be routes ("..", ".", encoded slashes, control characters).
    /// </summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        if (path.Length > 2000 || path.Contains('\\', StringComparison.Ordinal) || path.Contains('%', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Any(char.IsControl)))
        {
            return null;
        }

        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments).ToLowerInvariant() + "/";
    }
}
