namespace Hedershus.Core.Dictionary;

/// <summary>One UI string in one culture, e.g. ("SkipLink", "en") → "Skip to content". Absent means "use the built-in text".</summary>
public sealed class DictionaryEntry
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public string Culture { get; set; } = "";
    public string Value { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
