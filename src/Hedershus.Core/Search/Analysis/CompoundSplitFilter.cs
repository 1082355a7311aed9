using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Keeps every token and stacks the parts of a compound on the same position (position increment 0), with
/// the compound's offsets, so phrase queries over the original words still line up and a highlight marks
/// the whole compound.
/// </summary>
internal sealed class CompoundSplitFilter : TokenFilter
{
    private readonly CompoundSplitter _splitter;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly IKeywordAttribute _keyword;
    private readonly Queue<string> _pending = new();
    private State? _compoundState;

    public CompoundSplitFilter(TokenStream input, CompoundSplitter splitter)
        : base(input)
    {
        _splitter = splitter;
        _term = AddAttribute<ICharTermAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            RestoreState(_compoundState);
            _term.SetEmpty().Append(_pending.Dequeue());
            _positionIncrement.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword && _term.Length >= CompoundSplitter.MinWordLength)
        {
            foreach (var part in _splitter.Split(_term.ToString()))
            {
                _pending.Enqueue(part);
            }

            if (_pending.Count > 0)
            {
                _compoundState = CaptureState();
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _compoundState = null;
    }
}
