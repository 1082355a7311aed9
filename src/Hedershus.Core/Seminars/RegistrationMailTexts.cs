namespace Hedershus.Core.Seminars;

/// <summary>
/// The words of registration e-mail per language. <see cref="For"/> picks the registrant's language when it has a
/// template, any other Swedish variant falls back to Swedish and everything else to English. Languages other than
/// Swedish and English are our own translations and carry <see cref="RegistrationMailLanguage.NeedsNativeReview"/>.
/// </summary>
internal static partial class RegistrationMailTexts
{
    // A property, not a field: the languages live in other files of this partial class, whose field initialisers
    // have no order the compiler promises.
    private static Dictionary<string, RegistrationMailLanguage> ByCode => field ??= new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = Swedish,
        ["en"] = English,
        ["sv-x-lattlast"] = EasySwedish,
        ["ar"] = Arabic,
        ["fa"] = Persian,
        ["tr"] = Turkish,
    };

    public static IReadOnlyCollection<RegistrationMailLanguage> All => ByCode.Values;

    public static RegistrationMailLanguage For(string? culture) =>
        culture is not null && ByCode.TryGetValue(culture, out var exact) ? exact
        : culture?.StartsWith("sv", StringComparison.OrdinalIgnoreCase) == true ? Swedish
        : English;

    /// <summary>English texts with <paramref name="translated"/> on top, for a language whose translation is partial.</summary>
    private static Dictionary<RegistrationMailKind, (string Subject, string Lead)> Over(
        Dictionary<RegistrationMailKind, (string Subject, string Lead)> translated)
    {
        var texts = new Dictionary<RegistrationMailKind, (string Subject, string Lead)>(English.Texts);
        foreach (var (kind, text) in translated)
        {
            texts[kind] = text;
        }

        return texts;
    }
}

/// <summary>
/// One language's registration e-mail: subject and lead per kind ({0} the seminar's name, {1} a place in line or an
/// offer's deadline) and the words around them.
/// </summary>
internal sealed record RegistrationMailLanguage
{
    public required string Code { get; init; }
    public bool RightToLeft { get; init; }

    /// <summary>Written by us, not by a native speaker: a translator should check it before wide use.</summary>
    public bool NeedsNativeReview { get; init; }

    public required IReadOnlyDictionary<RegistrationMailKind, (string Subject, string Lead)> Texts { get; init; }
    public required string Greeting { get; init; }
    public required string Starts { get; init; }
    public required string Place { get; init; }
    public required string Online { get; init; }
    public required string Manage { get; init; }
    public required string Answer { get; init; }
    public required string Evaluate { get; init; }
}
