namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// One line of a Solr-format synonym file. An equivalence line ("a, b, c") maps every phrase to all of them;
/// an explicit line ("a, b => c, d") maps a and b to c and d only, which is how a broader term is kept
/// one-way ("fgm => fgm, könsstympning": a query for FGM finds all genital mutilation, not the reverse).
/// </summary>
public sealed record SynonymRule(int Line, IReadOnlyList<string> From, IReadOnlyList<string> To, bool IsExplicit);
