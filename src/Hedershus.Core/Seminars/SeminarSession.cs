using System.Text.Json;

namespace Hedershus.Core.Seminars;

/// <summary>One session of a seminar (a <c>seminarSession</c> block).</summary>
public sealed record SeminarSession(DateTime Start, DateTime? End, string? Place, bool Online)
{
    internal static SeminarSession? From(IReadOnlyDictionary<string, JsonElement> block) =>
        Seminar.Date(block, "start") is { } start
            ? new SeminarSession(start, Seminar.Date(block, "end"), Seminar.Text(block, "place"), Seminar.Bool(block, "online") ?? false)
            : null;
}
