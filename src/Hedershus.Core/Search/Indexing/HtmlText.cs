using System.Net;
using System.Text;

namespace Hedershus.Core.Search.Indexing;

/// <summary>Plain text of sanitised rich text: tags dropped, block elements on lines of their own, entities decoded.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote", "section", "article", "hr", "table", "dt", "dd",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i);
            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                break; // an unfinished tag at the end carries no text
            }

            var name = TagName(html, open + 1, close);
            if (BlockTags.Contains(name))
            {
                text.Append('\n');
            }

            i = SkippedTags.Contains(name) && html[open + 1] != '/' ? SkipElement(html, name, close + 1) : close + 1;
        }

        return Normalize(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(string html, int start, int end)
    {
        var from = start < end && html[start] == '/' ? start + 1 : start;
        var to = from;
        while (to < end && char.IsAsciiLetterOrDigit(html[to]))
        {
            to++;
        }

        return html[from..to];
    }

    private static int SkipElement(string html, string name, int from)
    {
        var end = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        var close = end < 0 ? -1 : html.IndexOf('>', end);
        return close < 0 ? html.Length : close + 1;
    }

    /// <summary>Runs of spaces become one; blank lines collapse, so snippets read as prose.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
