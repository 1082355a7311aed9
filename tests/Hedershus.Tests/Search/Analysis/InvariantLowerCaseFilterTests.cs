using System.Text;
using Hedershus.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace Hedershus.Tests.Search.Analysis;

/// <summary>Our table-driven lower-casing gives exactly what Lucene's LowerCaseFilter gives, for every character.</summary>
public sealed class InvariantLowerCaseFilterTests
{
    [Fact]
    public void Every_character_of_the_basic_plane_and_some_beyond_it_lower_cases_as_lucene_does()
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                token.Append((char)c);
            }

            if (token.Length == 64)
            {
                tokens.Add(token.ToString());
                token.Clear();
            }
        }

        tokens.Add(token.ToString());
        tokens.Add("𐐀𐐁𐐂 𞤀𞤁 ÅÄÖ İSTANBUL ΣΊΣΥΦΟΣ"); // Deseret and Adlam capitals (surrogate pairs), Turkish dotted I, final sigma

        Assert.Equal(Lowered(tokens, s => new LowerCaseFilter(LanguageChains.Version, s)), Lowered(tokens, s => new InvariantLowerCaseFilter(s)));
    }

    [Fact]
    public void Swedish_words_lower_case_with_their_rings_and_dots()
    {
        Assert.Equal(["tvångsäktenskap", "öppen"], Lowered(["TVÅNGSÄKTENSKAP", "Öppen"], s => new InvariantLowerCaseFilter(s)));
    }

    private static List<string> Lowered(IEnumerable<string> tokens, Func<TokenStream, TokenStream> filter)
    {
        var result = new List<string>();
        foreach (var text in tokens)
        {
            using var stream = filter(new SingleToken(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                result.Add(term.ToString());
            }

            stream.End();
        }

        return result;
    }

    /// <summary>The whole text as one token, so no tokenizer decides what is a word.</summary>
    private sealed class SingleToken : TokenStream
    {
        private readonly string _text;
        private readonly ICharTermAttribute _term;
        private bool _done;

        public SingleToken(string text)
        {
            _text = text;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_done)
            {
                return false;
            }

            ClearAttributes();
            _term.SetEmpty().Append(_text);
            _done = true;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }
}
