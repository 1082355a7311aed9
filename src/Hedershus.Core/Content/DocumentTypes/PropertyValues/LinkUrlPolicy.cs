namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>Which link URLs an editor may store: http(s), mailto, tel, or a path on this site.</summary>
internal static class LinkUrlPolicy
{
    public const string Rule = "A link URL must start with https://, http://, mailto:, tel: or / (a path on this site).";

    public static bool IsAllowed(string url)
    {
        // Browsers drop tabs and line breaks inside URLs ("java\nscript:"), and read a backslash as a slash ("/\evil.example").
        if (url.Length == 0 || url.Any(c => char.IsControl(c) || c == '\\' || (char.IsWhiteSpace(c) && c != ' ')))
        {
            return false;
        }

        if (url.StartsWith('/'))
        {
            // "//host/…" leaves the site without saying how; ask for the full https:// address instead.
            return !url.StartsWith("//", StringComparison.Ordinal);
        }

        if (url.StartsWith('#') || url.StartsWith('?'))
        {
            return true;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0,
            "mailto" => url.Length > "mailto:".Length,
            "tel" => url.Skip("tel:".Length).Any(char.IsAsciiDigit),
            _ => false,
        };
    }
}
