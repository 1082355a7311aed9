using System.Text;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Reads the Solr synonym format: '#' comments and blank lines are skipped; "a, b, c" is a group of
/// equivalent phrases; "a, b => c, d" maps the left side to the right side; "\," and "\=" escape. Anything
/// else (two arrows, an empty phrase, an empty side) throws <see cref="SynonymFileException"/> with the line.
/// </summary>
public static class SynonymFileParser
{
    public static IReadOnlyList<SynonymRule> ParseFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Parse(reader, Path.GetFileName(path));
    }

    public static IReadOnlyList<SynonymRule> Parse(TextReader reader, string fileName)
    {
        var rules = new List<SynonymRule>();
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            rules.Add(ParseLine(text, fileName, lineNumber));
        }

        return rules;
    }

    private static SynonymRule ParseLine(string text, string fileName, int line)
    {
        var sides = SplitUnescaped(text, "=>");
        if (sides.Count > 2)
        {
            throw new SynonymFileException(fileName, line, "more than one '=>' on the line.");
        }

        var from = Phrases(sides[0], fileName, line, sides.Count == 2 ? "left of '=>'" : "in the group");
        if (sides.Count == 1)
        {
            if (from.Count < 2)
            {
                throw new SynonymFileException(fileName, line, $"a group needs at least two phrases separated by commas, found '{text}'.");
            }

            return new SynonymRule(line, from, from, IsExplicit: false);
        }

        var to = Phrases(sides[1], fileName, line, "right of '=>'");
        return new SynonymRule(line, from, to, IsExplicit: true);
    }

    private static List<string> Phrases(string side, string fileName, int line, string where)
    {
        var phrases = SplitUnescaped(side, ",").Select(Unescape).Select(p => p.Trim()).ToList();
        if (phrases.Count == 0 || phrases.Any(p => p.Length == 0))
        {
            throw new SynonymFileException(fileName, line, $"empty phrase {where} (two commas in a row, or a comma or '=>' at an end).");
        }

        return phrases;
    }

    private static List<string> SplitUnescaped(string text, string separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(text[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
