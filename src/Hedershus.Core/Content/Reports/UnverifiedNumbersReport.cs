using System.Globalization;
using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Content.Reports;

/// <summary>
/// SAFETY.md S11: every crisis and help number is content with a "verified on" date, and editors need to see which
/// numbers nobody has checked for a while. Reads the published snapshot — what visitors are shown — and finds phone
/// number blocks at any depth of any property, in every culture.
/// </summary>
public sealed class UnverifiedNumbersReport(PublishedSnapshotService snapshots, CultureCatalog cultures, TimeProvider time)
{
    /// <summary>The element type of a phone number, and its properties the report reads.</summary>
    public const string PhoneNumberBlock = "phoneNumberBlock";

    public const int DefaultOlderThanDays = 90;
    public const int MaxOlderThanDays = 3650;

    /// <summary>Numbers last verified <paramref name="olderThanDays"/> days ago or earlier, and numbers never verified.</summary>
    public UnverifiedNumbersResult Find(int olderThanDays = DefaultOlderThanDays)
    {
        if (olderThanDays is < 0 or > MaxOlderThanDays)
        {
            throw new InputValidationException("olderThanDays", $"Give a number of days from 0 to {MaxOlderThanDays}.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var limit = today.AddDays(-olderThanDays);
        var items = snapshots.Current.All
            .SelectMany(node => node.Cultures.Values.SelectMany(culture => Numbers(node, culture)))
            .Where(n => n.VerifiedOn is not { } verified || verified <= limit)
            .GroupBy(n => (n.Node.Key, n.Property, n.Number, n.VerifiedOn, n.Label))
            .Select(group => ToItem(group.First(), group.Select(n => n.Culture).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), today))
            .OrderBy(i => i.VerifiedOn ?? DateOnly.MinValue).ThenBy(i => i.NodeName, StringComparer.Ordinal).ThenBy(i => i.Number, StringComparer.Ordinal)
            .ToList();
        return new UnverifiedNumbersResult(olderThanDays, limit, items);
    }

    private UnverifiedNumber ToItem(FoundNumber found, List<string> foundIn, DateOnly today)
    {
        var node = found.Node;
        var named = node.Cultures.GetValueOrDefault(cultures.Default) ?? node.Cultures.Values.First();
        return new UnverifiedNumber(
            node.Key,
            named.Name,
            node.ContentType,
            named.Route,
            found.Property,
            found.Label,
            found.Number,
            found.VerifiedOn,
            found.VerifiedOn is { } verified ? today.DayNumber - verified.DayNumber : null,
            found.Source,
            foundIn);
    }

    private static IEnumerable<FoundNumber> Numbers(PublishedContent node, PublishedCulture culture) =>
        culture.Properties.SelectMany(p => Blocks(p.Value).Select(block => Read(node, culture.Culture, p.Key, block))).OfType<FoundNumber>();

    /// <summary>Block items at any depth: objects with a content type and properties (block lists may nest).</summary>
    private static IEnumerable<(string ContentType, JsonElement Properties)> Blocks(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().SelectMany(Blocks);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var nested = value.EnumerateObject().SelectMany(p => Blocks(p.Value));
        return value.TryGetProperty("contentType", out var type) && type.ValueKind == JsonValueKind.String
            && value.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? nested.Prepend((type.GetString()!, properties))
            : nested;
    }

    private static FoundNumber? Read(PublishedContent node, string culture, string property, (string ContentType, JsonElement Properties) block)
    {
        if (block.ContentType != PhoneNumberBlock || Text(block.Properties, "number") is not { } number)
        {
            return null;
        }

        var verified = Text(block.Properties, "verifiedOn") is { } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? DateOnly.FromDateTime(at)
            : (DateOnly?)null;
        return new FoundNumber(node, culture, property, Text(block.Properties, "label") ?? number, number, verified, Text(block.Properties, "source"));
    }

    private static string? Text(JsonElement properties, string alias) =>
        properties.TryGetProperty(alias, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private sealed record FoundNumber(PublishedContent Node, string Culture, string Property, string Label, string Number, DateOnly? VerifiedOn, string? Source);
}
