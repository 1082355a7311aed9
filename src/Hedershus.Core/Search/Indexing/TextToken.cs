using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Indexing;

/// <summary>One token an analyzer produced: its text, how far it moved the position, and where it came from in the input.</summary>
public readonly record struct TextToken(string Term, int PositionIncrement, int StartOffset, int EndOffset)
{
    /// <summary>Runs <paramref name="text"/> through the analysis of <paramref name="field"/>; at most <paramref name="limit"/> tokens.</summary>
    public static List<TextToken> Read(Analyzer analyzer, string field, string text, int limit = int.MaxValue)
    {
        var tokens = new List<TextToken>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (tokens.Count < limit && stream.IncrementToken())
        {
            if (term.Length > 0)
            {
                tokens.Add(new TextToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return tokens;
    }
}
