using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Lucene's English stop words plus the pronouns, question words and auxiliaries people put around a
/// question ("how do I …", "where can my …"): they say nothing about the topic, and requiring them would
/// keep a question from matching the page that answers it.
/// </summary>
internal static class EnglishStopWords
{
    private static readonly string[] QuestionWords =
    [
        "i", "me", "my", "you", "your", "we", "our", "he", "she", "his", "her", "him",
        "how", "what", "where", "when", "who", "why", "which",
        "can", "could", "do", "does", "did", "should", "would", "may", "must", "get", "about",
    ];

    public static CharArraySet Set { get; } = Build();

    private static CharArraySet Build()
    {
        var words = new CharArraySet(LanguageChains.Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: false);
        words.UnionWith(QuestionWords);
        return words.AsReadOnly();
    }
}
