namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// A query split into concepts: each word of the query, or a run of words a synonym rule matched. Every
/// concept should match a document; its alternatives are the ways it may (the words typed, synonyms,
/// translations), each with a weight.
/// </summary>
/// <param name="Culture">The culture whose analysers the alternatives are meant for.</param>
/// <param name="TranslatedFrom">The culture the user typed in, when the text was translated for a fallback.</param>
public sealed record AnalyzedQueryText(string Culture, string Text, IReadOnlyList<QueryConcept> Concepts, string? TranslatedFrom = null)
{
    public bool IsEmpty => Concepts.Count == 0;
}

/// <summary>One thing the user asked for, as typed (<see cref="Text"/>), and what may stand for it.</summary>
public sealed record QueryConcept(string Text, IReadOnlyList<QueryAlternative> Alternatives);

/// <summary>
/// A phrase that satisfies a concept. The typed words (<see cref="IsTyped"/>) match word by word, each word
/// anywhere in the field; a synonym of several words must match as a phrase.
/// </summary>
public sealed record QueryAlternative(string Text, float Weight, bool IsTyped);
