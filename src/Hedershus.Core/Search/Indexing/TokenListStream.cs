using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// Replays tokens analysed beforehand, so one analysis can feed fields named per culture ("suggest_sv") without
/// sharing an analyzer's reused stream between two fields of a document.
/// </summary>
internal sealed class TokenListStream : TokenStream
{
    private readonly IReadOnlyList<TextToken> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private int _next;

    public TokenListStream(IReadOnlyList<TextToken> tokens)
    {
        _tokens = tokens;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _position.PositionIncrement = _next == 1 ? Math.Max(1, token.PositionIncrement) : token.PositionIncrement;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
