using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Hedershus.Core.Content.DocumentTypes.PropertyValues;

/// <summary>
/// Cuts editor HTML down to ordinary formatting: paragraphs, h2–h4, lists, tables, quotes and links with safe
/// schemes. No script, style, embeds, images (they would load from other origins, SAFETY S6), classes or event
/// attributes. Every link gets <c>rel="noreferrer"</c> (SAFETY S4). Thread-safe once built.
/// </summary>
internal sealed class RichTextSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "abbr", "code", "pre", "blockquote", "hr",
        "h2", "h3", "h4", "ul", "ol", "li", "dl", "dt", "dd", "a",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    private static readonly string[] Attributes = ["href", "title", "target", "lang", "dir", "colspan", "rowspan", "scope", "start"];

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    // Removed together with what they contain; other unknown tags (div, span, h1…) give way to their text.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "template",
        "textarea", "select", "button", "svg", "math", "head", "title", "img", "video", "audio", "picture", "form", "input",
    };

    private readonly HtmlSanitizer _sanitizer;

    public RichTextSanitizer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
        };
        _sanitizer.RemovingTag += DropDangerousContent;
        _sanitizer.PostProcessDom += MarkLinks;
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html).Trim();

    /// <summary>The text a reader sees, without markup.</summary>
    public static string TextContent(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<body></body>");
        var nodes = parser.ParseFragment(html, document.Body!);
        return string.Concat(nodes.Select(n => n.TextContent));
    }

    private static void DropDangerousContent(object? sender, RemovingTagEventArgs e)
    {
        if (DroppedWithContent.Contains(e.Tag.LocalName))
        {
            e.Tag.Remove();
            e.Cancel = true;
        }
    }

    private static void MarkLinks(object? sender, PostProcessDomEventArgs e)
    {
        foreach (var link in e.Document.QuerySelectorAll("a"))
        {
            if (link.GetAttribute("target") is { } target && target != "_blank")
            {
                link.RemoveAttribute("target");
            }

            link.SetAttribute("rel", "noreferrer");
        }
    }
}
