using System.Text;
using System.Text.RegularExpressions;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>
/// Core's refusals reach the Swedish backoffice in Swedish. The sources of the Core services behind the backoffice are
/// read, every sentence they refuse with is filled in with sample values and must come out of the translation changed.
/// </summary>
public sealed partial class RefusalTranslationTests
{
    private static readonly string[] Folders =
    [
        "Content/Editing", "Content/DocumentTypes/PropertyValues", "Content/Routing", "Content/Reports",
        "Media", "Reviews", "Translations", "Identity", "Dictionary", "Audit",
    ];

    /// <summary>Sentences that only API clients meet: the pages never send what they refuse.</summary>
    private static readonly string[] ApiOnly =
    [
        "Expected ", "Unknown member ", "The element type ", "Ask for at most ", "Give 0 or more.", "Give a number from 0 ",
        "Take at ", "The multipart/form-data body ", "The start item ", "There is no published ",
        "'x1' does not vary by culture", "'x1' varies by culture", "'x1' is the same in every culture", "'x1' has no property",
        "'x1' is not allowed here", "A tag must be a string", "A block needs 'contentType'", "A block key must be", "'contentKey' must be", "'target' may only be",
    ];

    /// <summary>Files whose sentences are not refusals: settings checks at start, mails (written in both languages), the Delivery API's media queries, database guards.</summary>
    private static readonly string[] NotRefusals = ["ServiceCollectionExtensions.cs", "Mail.cs", "MediaQuery.cs", "MediaLibraryVersion.cs", "AuditAppendOnly.cs"];

    [Fact]
    public void Every_refusal_of_the_services_behind_the_backoffice_has_a_swedish_wording()
    {
        var refusals = Folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(CoreRoot(), folder), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => Sentences(File.ReadAllText(file)).Select(sentence => (File: Path.GetFileName(file), Sentence: sentence)))
            .Where(r => !ApiOnly.Any(prefix => r.Sentence.StartsWith(prefix, StringComparison.Ordinal)) && !NotRefusals.Any(r.File.EndsWith))
            .ToList();

        Assert.True(refusals.Count > 60, $"The scan found only {refusals.Count} refusals; has Core moved?");
        var untranslated = refusals.Where(r => RefusalText.ToSwedish(r.Sentence) == r.Sentence).Select(r => $"{r.File}: {r.Sentence}").Distinct().ToList();
        Assert.True(untranslated.Count == 0, "No Swedish wording in RefusalTranslations for:\n" + string.Join("\n", untranslated));
    }

    [Theory]
    [InlineData("Det gick inte: The node is in the recycle bin; restore it first.", "Det gick inte: Sidan ligger i papperskorgen; återställ den först.")]
    [InlineData("You may publish or unpublish only in your own cultures (ar, en), and not values shared by every culture.",
        "Du får bara publicera eller avpublicera på dina egna språk (ar, en), inte värden som delas av alla språk.")]
    [InlineData("Review request 12 is rejected already.", "Granskningen är redan avvisad.")]
    [InlineData("Choose a time in the future, after the publish time.", "Välj en tidpunkt i framtiden, efter publiceringstiden.")]
    [InlineData("Something Core never says.", "Something Core never says.")]
    public void Known_sentences_are_translated_with_their_values_and_unknown_text_is_left_as_it_is(string english, string swedish) =>
        Assert.Equal(swedish, RefusalText.ToSwedish(english));

    [Fact]
    public void English_editors_see_core_s_own_words() =>
        Assert.Equal("The node is in the recycle bin; restore it first.", new BackofficeText("en").Refusal("The node is in the recycle bin; restore it first."));

    /// <summary>The sentence-like string literals of a source file (comments and log templates aside), values filled in.</summary>
    private static IEnumerable<string> Sentences(string source)
    {
        foreach (var line in source.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal) && !l.Contains("Log", StringComparison.Ordinal)))
        {
            foreach (var literal in Literals(line))
            {
                if (literal.Length > 12 && literal.Contains(' ', StringComparison.Ordinal) && literal.EndsWith('.') && (char.IsUpper(literal[0]) || literal[0] == '\''))
                {
                    yield return literal;
                }
            }
        }
    }

    /// <summary>String literals of one line; an interpolation (which may hold quotes of its own) becomes "x1".</summary>
    private static IEnumerable<string> Literals(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '"')
            {
                continue;
            }

            var interpolated = i > 0 && line[i - 1] == '$';
            var text = new StringBuilder();
            var depth = 0;
            for (i++; i < line.Length && (depth > 0 || line[i] != '"'); i++)
            {
                if (interpolated && line[i] == '{')
                {
                    depth++;
                    if (depth == 1)
                    {
                        text.Append("x1");
                    }
                }
                else if (interpolated && line[i] == '}')
                {
                    depth--;
                }
                else if (depth == 0)
                {
                    text.Append(line[i] == '\\' && i + 1 < line.Length ? line[++i] : line[i]);
                }
            }

            yield return text.ToString();
        }
    }

    private static string CoreRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Hedershus.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Hedershus.sln not found above the test output."), "src", "Hedershus.Core");
    }
}
