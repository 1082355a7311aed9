namespace Hedershus.AnalysisEval;

internal sealed record EvalOptions(string CorpusPath, string QueriesPath, string Similarity, bool Verbose, string? TokensCulture, string TokensText, bool Splits = false, string? SearchText = null)
{
    public static EvalOptions Parse(string[] args)
    {
        var corpus = Path.Combine("..", "shared", "eval", "corpus.json");
        string? queries = null;
        var similarity = "bm25";
        var verbose = false;
        var splits = false;
        string? search = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--queries": queries = args[++i]; break;
                case "--similarity": similarity = args[++i]; break;
                case "--verbose": verbose = true; break;
                case "--splits": splits = true; break;
                case "--search": search = args[++i]; break;
                case "--tokens": return new EvalOptions(corpus, "", similarity, true, args[i + 1], string.Join(' ', args.Skip(i + 2)));
                default: corpus = args[i]; break;
            }
        }

        queries ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(corpus))!, "queries-dev.json");
        return new EvalOptions(corpus, queries, similarity, verbose, null, "", splits, search);
    }
}
