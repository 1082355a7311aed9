using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Runs after the Snowball Swedish stemmer and removes the definite neuter ending -et it keeps
/// ("våldet" → "våld", "kontaktförbudet" → "kontaktförbud", "hotets" → "hot"), so the forms people search
/// for most often conflate with the indefinite word. Base words ending in -et ("identitet", "paket") lose it
/// too, in documents and queries alike, so they still match each other.
/// </summary>
internal sealed class SwedishDefiniteNeuterFilter : TokenFilter
{
    private const int MinStemLength = 3;

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public SwedishDefiniteNeuterFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (!_keyword.IsKeyword && length >= MinStemLength + 2 && _term[length - 2] == 'e' && _term[length - 1] == 't')
        {
            _term.Length = length - 2;
        }

        return true;
    }
}
