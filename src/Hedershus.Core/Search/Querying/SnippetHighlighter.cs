using System.Text;
using Hedershus.Core.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// Cuts a snippet around the matched words from the stored text and its term vectors (no second analysis), marks
/// them with &lt;mark&gt; and HTML-escapes everything else, so neither content nor query can inject markup. Matches
/// are read from the field and its folded twin, whose offsets point into the same stored text, so a word typed
/// without å/ä/ö ("tvangsaktenskap") is marked where it stands, spelt right, in the text.
/// </summary>
public sealed class SnippetHighlighter
{
    public const int FragmentLength = 160;

    private static readonly string[] PreTags = ["<mark>"];
    private static readonly string[] PostTags = ["</mark>"];
    private static readonly (string Field, string Folded)[] Highlighted = [(SearchFields.Body, SearchFields.BodyFolded), (SearchFields.Summary, SearchFields.SummaryFolded)];

    private readonly FastVectorHighlighter _highlighter = new(true, true);
    private readonly IFragListBuilder _fragments = new SimpleFragListBuilder();
    private readonly IFragmentsBuilder _builder = new ScoreOrderFragmentsBuilder(PreTags, PostTags);
    private readonly IEncoder _encoder = new HtmlTextEncoder();

    public FieldQuery Prepare(Query query, IndexReader reader) => _highlighter.GetFieldQuery(query, reader);

    /// <summary>The best fragment of the body, else of the summary, else the start of the summary or body, escaped.</summary>
    /// <param name="texts">Loads the stored summary and body, only when no fragment matches (the highlighter reads what it marks itself).</param>
    public string Snippet(FieldQuery query, IndexReader reader, int doc, Func<(string Summary, string Body)> texts)
    {
        foreach (var (field, folded) in Highlighted)
        {
            var fragments = _highlighter.GetBestFragments(query, reader, doc, field, new HashSet<string> { field, folded }, FragmentLength, 1, _fragments, _builder, PreTags, PostTags, _encoder);
            if (fragments is [{ Length: > 0 } fragment, ..])
            {
                return fragment.Trim();
            }
        }

        var (summary, body) = texts();
        return HtmlTextEncoder.Escape(Lead(summary.Length > 0 ? summary : body));
    }

    /// <summary>The first words of a text, cut at a word boundary.</summary>
    public static string Lead(string text)
    {
        var flat = text.Replace('\n', ' ').Trim();
        if (flat.Length <= FragmentLength)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', FragmentLength);
        return flat[..(cut > FragmentLength / 2 ? cut : FragmentLength)] + " …";
    }
}

/// <summary>Escapes the five characters that matter in HTML text and attributes; every other character stays as it is.</summary>
public sealed class HtmlTextEncoder : IEncoder
{
    public string EncodeText(string originalText) => Escape(originalText);

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
