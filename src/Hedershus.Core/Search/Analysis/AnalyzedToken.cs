using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// One token of an analysed text. <see cref="Position"/> counts from 0 and includes the holes stop words
/// leave; stacked tokens (compound parts) share the position of the word they come from.
/// </summary>
public sealed record AnalyzedToken(string Term, int Position, int StartOffset, int EndOffset, bool IsStacked)
{
    /// <summary>Runs <paramref name="text"/> through the analyser as the given field.</summary>
    public static IReadOnlyList<AnalyzedToken> Read(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), offset.StartOffset, offset.EndOffset,
                increment.PositionIncrement == 0 && tokens.Count > 0));
        }

        stream.End();
        return tokens;
    }
}
