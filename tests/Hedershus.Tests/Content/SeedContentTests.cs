using System.Text.Json;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Tests.Content.DocumentTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Tests.Content;

/// <summary>The seed package in umbraco/content: imported whole on first start, published in sv and en, safe to show.</summary>
public abstract partial class SeedContentTests(SeedHost host)
{
    private static readonly string[] SeedCultures = ["sv", "en"];
    private static readonly Guid HomeKey = Guid.Parse("5eed0000-0000-4000-8000-000000000001");

    /// <summary>Every number in /work/shared/docs/FACTS.md with its source column; no other number may be shown.</summary>
    private static readonly Dictionary<string, string> FactsNumbers = new(StringComparer.Ordinal)
    {
        ["112"] = "rfet.se \"Viktiga telefonnummer\"",
        ["114 14"] = "rfet.se \"Viktiga telefonnummer\"",
        ["1177"] = "1177.se",
        ["020-50 50 50"] = "nck.uu.se/kvinnofridslinjen",
        ["020-57 70 70"] = "uu.se/centrum/nck, news 2024-06-03",
        ["116 111"] = "bris.se",
        ["020-80 80 80"] = "uu.se/centrum/nck press release",
        ["020-555 666"] = "municipal pages",
        ["08-405 50 05"] = "municipal HRV pages",
        ["010-223 57 60"] = "hedersfortryck.se/om-oss/stodtelefonen",
    };

    private static readonly string[] SafetyNumbers = ["112", "020-50 50 50", "020-57 70 70"];

    private static string SeedFolder => Path.Combine(Path.GetDirectoryName(RepositoryModels.Folder)!, "content");

    private PublishedSnapshot Snapshot => host.Factory.Services.GetRequiredService<PublishedSnapshotService>().Current;

    [Fact]
    public async Task The_seed_is_imported_whole_on_first_start_and_a_second_import_changes_nothing()
    {
        Assert.Equal(Path.GetFullPath(SeedFolder), host.Factory.Services.GetRequiredService<HedershusPaths>().ContentPath);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("Seed import", StringComparison.Ordinal));
        var keys = PackageNodes().Select(n => n.Key).ToList();
        Assert.True(keys.Count >= 20, $"The seed holds only {keys.Count} nodes.");
        Assert.Equal(keys.Distinct().Order(), Snapshot.All.Select(c => c.Key).Order());

        var again = await host.Factory.Services.GetRequiredService<ImportService>().ImportPathAsync(SeedFolder, CancellationToken.None);

        Assert.Empty(again.Errors);
        Assert.Equal(0, again.Created);
        Assert.Equal(keys.Count, again.Skipped);
    }

    [Fact]
    public void Every_node_is_published_in_swedish_and_english()
    {
        foreach (var node in PackageNodes())
        {
            var published = Snapshot.Find(node.Key);
            Assert.True(published is not null, $"{node.Key} ({node.ContentType}) is not published.");
            foreach (var culture in SeedCultures)
            {
                Assert.True(published.Cultures.TryGetValue(culture, out var c) && c.Route is not null, $"{node.Key} has no published route in '{culture}'.");
            }
        }
    }

    [Fact]
    public void The_home_page_is_the_front_door_of_both_cultures()
    {
        var home = Snapshot.Find(HomeKey)!;

        Assert.Equal("home", home.ContentType);
        Assert.Equal("/", home.Cultures["sv"].Route);
        Assert.Equal("/en/", home.Cultures["en"].Route);
        Assert.Same(home, Snapshot.FindByRoute(HomeKey, "en", "/en/"));
        Assert.Contains(Snapshot.Children(HomeKey), c => c.Cultures["sv"].Route == "/ung/" && c.Cultures["en"].Route == "/en/young/");
    }

    [Fact]
    public void The_home_page_shows_112_Kvinnofridslinjen_and_Ratt_att_valja_in_each_culture()
    {
        var home = Snapshot.Find(HomeKey)!;
        foreach (var culture in SeedCultures)
        {
            var numbers = home.Cultures[culture].Properties["crisisNumbers"].EnumerateArray()
                .Select(b => b.GetProperty("properties").GetProperty("number").GetString());
            Assert.Equal(SafetyNumbers, numbers);
        }
    }

    [Fact]
    public void Every_phone_number_is_one_of_the_facts_with_its_source_and_a_verified_date()
    {
        var phoneBlocks = PublishedBlocks().Where(b => b.ContentType == "phoneNumberBlock").ToList();

        Assert.True(phoneBlocks.Count >= 30, $"Only {phoneBlocks.Count} phone numbers were found; the walk over blocks misses some.");
        foreach (var block in phoneBlocks)
        {
            var number = Text(block.Properties, "number");
            Assert.True(FactsNumbers.TryGetValue(number, out var source), $"{block.Where}: '{number}' is not a number from FACTS.md.");
            Assert.Equal(source, Text(block.Properties, "source"));
        }
    }

    [Fact]
    public void Every_block_that_can_carry_a_source_has_one_and_a_verified_date()
    {
        var sourced = PublishedBlocks().Where(b => b.ContentType is "phoneNumberBlock" or "factBlock").ToList();

        Assert.Contains(sourced, b => b.ContentType == "factBlock");
        foreach (var block in sourced)
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(block.Properties, "source")), $"{block.Where} has no source.");
            Assert.True(DateTimeOffset.TryParse(Text(block.Properties, "verifiedOn"), System.Globalization.CultureInfo.InvariantCulture, out _), $"{block.Where} has no verified-on date.");
        }
    }

    [Fact]
    public void No_published_text_contains_a_street_address()
    {
        var texts = Snapshot.All.SelectMany(c => c.Cultures.Values.SelectMany(culture => culture.Properties.Values.Prepend(JsonSerializer.SerializeToElement(culture.Name))))
            .SelectMany(Strings)
            .ToList();

        Assert.True(texts.Count > 100, "The walk over the published text found almost nothing.");
        Assert.Matches(StreetAddress(), "Besök oss på Storgatan 12 i stan.");
        Assert.Matches(StreetAddress(), "Visit us at 12 Baker Street today.");
        var addresses = texts.Select(t => StreetAddress().Match(t)).Where(m => m.Success).Select(m => m.Value).ToList();
        Assert.Empty(addresses);
    }

    [Fact]
    public void Node_names_are_unique_among_siblings_in_each_culture()
    {
        var repeated =
            from siblings in Snapshot.All.GroupBy(c => c.ParentKey)
            from culture in SeedCultures
            from name in siblings.GroupBy(s => s.Cultures[culture].Name, StringComparer.OrdinalIgnoreCase)
            where name.Count() > 1
            select $"{culture}: '{name.Key}' below {siblings.Key}";

        Assert.Empty(repeated.ToList());
    }

    private static List<PackageNode> PackageNodes()
    {
        var all = new List<PackageNode>();
        var pending = new Stack<PackageNode>(ContentPackageReader.Files(SeedFolder).SelectMany(f => ContentPackageReader.ReadPackage(f).Nodes));
        while (pending.TryPop(out var node))
        {
            all.Add(node);
            node.Children.ForEach(pending.Push);
        }

        return all;
    }

    private IEnumerable<PublishedBlock> PublishedBlocks() =>
        from content in Snapshot.All
        from culture in content.Cultures.Values
        from property in culture.Properties
        from block in Blocks(property.Value)
        select new PublishedBlock(block.ContentType, block.Properties, $"{content.Key} {culture.Culture}.{property.Key}");

    /// <summary>Blocks at any depth of a stored value: objects with a contentType and properties.</summary>
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
        return value.TryGetProperty("contentType", out var type) && value.TryGetProperty("properties", out var properties)
            ? nested.Prepend((type.GetString()!, properties))
            : nested;
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static string Text(JsonElement properties, string alias) =>
        properties.TryGetProperty(alias, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    // A Swedish street name ("Storgatan 12", "Kungsvägen 3") or an English one ("12 Baker Street"), followed or preceded by a number.
    [GeneratedRegex(@"\b\p{L}*(gatan|gata|vägen|väg|gränd|gränden|torget|allén|backe|backen|stigen)\s+\d+|\b\d+\s+\p{Lu}\p{L}*\s+(Street|Road|Avenue|Lane|Square)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();

    private sealed record PublishedBlock(string ContentType, JsonElement Properties, string Where);
}

public sealed class SqliteSeedContentTests(SqliteSeedHost host) : SeedContentTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSeedContentTests(PostgresSeedHost host) : SeedContentTests(host), IClassFixture<PostgresSeedHost>;
