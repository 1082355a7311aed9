using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Hedershus.Web.Site;

/// <summary>
/// Stored rich text as page markup. It was sanitised when saved; here links that leave the site get
/// <c>rel="noreferrer"</c> (SAFETY.md S4), since the editor's HTML does not carry it.
/// </summary>
public static partial class RichTextHtml
{
    public static MarkupString Render(string? html) =>
        new(html is null ? "" : OutboundAnchor().Replace(html, m => m.Value.Contains(" rel=", StringComparison.OrdinalIgnoreCase)
            ? m.Value
            : m.Value.Insert(2, " rel=\"noreferrer\"")));

    [GeneratedRegex("<a\\s[^>]*href=\"(https?:)?//[^\"]*\"[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex OutboundAnchor();
}
