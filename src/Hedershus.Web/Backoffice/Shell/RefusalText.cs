using System.Text.RegularExpressions;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>Puts Core's English refusals into Swedish with <see cref="RefusalTranslations"/>; text it does not know stays as it is.</summary>
public static partial class RefusalText
{
    private static readonly IReadOnlyList<(Regex English, string Swedish)> Patterns =
        [.. RefusalTranslations.Entries.Select(e => (Pattern(e.English), e.Swedish))];

    /// <summary>Every sentence of <paramref name="message"/> that Core words in a known way, in Swedish.</summary>
    public static string ToSwedish(string message)
    {
        foreach (var (english, swedish) in Patterns)
        {
            message = english.Replace(message, match => Placeholder().Replace(swedish, p => Word(match.Groups[p.Groups[1].Value].Value)));
        }

        return message;
    }

    private static string Word(string value) => RefusalTranslations.Words.GetValueOrDefault(value, value);

    /// <summary>The English template as a pattern: its words literally, each {placeholder} as a group.</summary>
    private static Regex Pattern(string template)
    {
        var parts = Placeholder().Split(template);
        var pattern = string.Concat(parts.Select((part, i) => i % 2 == 0 ? Regex.Escape(part) : $"(?<{part}>.+?)"));
        return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    [GeneratedRegex(@"\{(\w+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
