using Hedershus.Core.Common;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>What a coordinator writes: subject and body per culture (<c>{"texts": {"sv": {...}, "en": {...}}}</c>).</summary>
public sealed record MailingInput(Dictionary<string, MailingTextInput?>? Texts)
{
    public const string RequiredCulture = "sv";
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 20_000;

    /// <summary>The texts, checked: Swedish present, every culture a site culture, subject one line, nothing empty or too long.</summary>
    public List<MailingText> Check(CultureCatalog cultures)
    {
        var errors = new Dictionary<string, string[]>();
        var texts = new List<MailingText>();
        foreach (var (key, text) in Texts ?? [])
        {
            var culture = cultures.Normalize(key);
            if (culture is null || texts.Any(t => t.Culture == culture))
            {
                errors[$"texts.{key}"] = [culture is null ? "Not a culture of the site." : "The culture is given twice."];
                continue;
            }

            var subject = text?.Subject?.Trim() ?? "";
            var body = text?.Body?.Trim().ReplaceLineEndings("\n") ?? "";
            Field(errors, $"texts.{key}.subject", subject, MaxSubjectLength, subject.Any(char.IsControl) ? "The subject is one line." : null);
            Field(errors, $"texts.{key}.body", body, MaxBodyLength, null);
            texts.Add(new MailingText(culture, subject, body));
        }

        if (!texts.Any(t => t.Culture == RequiredCulture) && !errors.Keys.Any(k => k.StartsWith($"texts.{RequiredCulture}.", StringComparison.Ordinal)))
        {
            errors[$"texts.{RequiredCulture}"] = ["A Swedish subject and body are required."];
        }

        return errors.Count > 0 ? throw new InputValidationException(errors) : texts.OrderBy(t => t.Culture != RequiredCulture).ThenBy(t => t.Culture, StringComparer.Ordinal).ToList();
    }

    private static void Field(Dictionary<string, string[]> errors, string field, string value, int max, string? other)
    {
        var error = value.Length == 0 ? "Required." : value.Length > max ? $"At most {max} characters." : other;
        if (error is not null)
        {
            errors[field] = [error];
        }
    }
}

public sealed record MailingTextInput(string? Subject, string? Body);
