using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Tests.Content.DocumentTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Content;

/// <summary>What the seed must cover: guidance, the method bank, help in every municipality, the front door in the community languages.</summary>
public abstract partial class SeedContentTests
{
    private const string SocialjourFallback = "Utanför kontorstid: ring 112 och be att bli kopplad till socialjouren.";

    /// <summary>Languages written by non-native writers: the front door only, each marked for review by a native speaker.</summary>
    private static readonly string[] CommunityCultures = ["ar", "fa", "so", "ckb", "ti", "tr", "kmr", "sv-x-lattlast"];

    /// <summary>The front door: home, the five audience entrances, "Få hjälp nu" and Surfa säkrare.</summary>
    private static readonly Guid[] FrontDoorKeys = [.. new[] { 1, 2, 3, 4, 5, 6, 11, 9 }.Select(n => Guid.Parse($"5eed0000-0000-4000-8000-{n:D12}"))];

    private static readonly Guid SurfaSakrareKey = Guid.Parse("5eed0000-0000-4000-8000-000000000009");

    /// <summary>Surfa säkrare per culture (SAFETY S8): how that language says "three times" and "the history is not erased".</summary>
    private static readonly Dictionary<string, (string ThreeTimes, string NotErased)> SafetyPagePhrases = new(StringComparer.Ordinal)
    {
        ["sv"] = ("tre gånger", "tar inte bort din webbläsarhistorik"),
        ["en"] = ("three times", "does not erase your browser history"),
        ["ar"] = ("ثلاث مرات", "الزر لا يمسح سجل التصفح"),
        ["fa"] = ("سه بار", "تاریخچهٔ مرورگر را پاک نمی‌کند"),
        ["so"] = ("saddex jeer", "ma tirtiro taariikhda"),
        ["ckb"] = ("سێ جار", "مێژووی وێبگەڕەکەت ناسڕێتەوە"),
        ["kmr"] = ("sê caran", "dîroka gerokê jê nabe"),
        ["ti"] = ("ሰለስተ ግዜ", "ታሪኽ ብራውዘር ኣይድምስስን"),
        ["tr"] = ("üç kez", "tarayıcı geçmişini silmez"),
        ["sv-x-lattlast"] = ("tre gånger", "tar inte bort historiken"),
    };

    [Fact]
    public void There_are_at_least_25_guidance_pages_with_a_summary_and_a_real_body()
    {
        var pages = Snapshot.All.Where(c => c.ContentType == "guidancePage").ToList();

        Assert.True(pages.Count >= 25, $"Only {pages.Count} guidance pages.");
        foreach (var (page, culture) in pages.SelectMany(p => SeedCultures.Select(c => (p, p.Cultures[c]))))
        {
            Assert.False(string.IsNullOrWhiteSpace(Text(culture.Properties, "summary")), $"{page.Key} {culture.Culture} has no summary.");
            var body = Text(culture.Properties, "body");
            Assert.True(body.Length > 600 && body.Contains("<h2>", StringComparison.Ordinal), $"{page.Key} {culture.Culture} has a thin body.");
        }
    }

    [Fact]
    public void The_method_bank_holds_eight_complete_method_descriptions()
    {
        var methods = Snapshot.All.Where(c => c.ContentType == "methodDescription").ToList();

        Assert.Equal(8, methods.Count);
        Assert.Contains(methods, m => m.Cultures["sv"].Name.Contains("PATRIARK", StringComparison.Ordinal));
        foreach (var culture in methods.SelectMany(m => SeedCultures.Select(c => m.Cultures[c])))
        {
            foreach (var alias in new[] { "summary", "purpose", "targetGroup", "howToWork", "evidence", "relatedLaw", "lastReviewed" })
            {
                Assert.False(string.IsNullOrWhiteSpace(Text(culture.Properties, alias)), $"{culture.Name} ({culture.Culture}) has no {alias}.");
            }

            var sources = culture.Properties["sources"].EnumerateArray().Select(l => l.GetProperty("url").GetString()).ToList();
            Assert.Contains(sources, url => url is "https://www.nck.uu.se/" or "https://www.hedersfortryck.se/");
        }
    }

    [Fact]
    public void Every_municipality_of_the_county_has_social_services_with_the_socialjour_fallback()
    {
        var municipalities = RepositoryModels.Property("helpService", "municipality").Config.Items;
        var services = Snapshot.All.Where(c => c.ContentType == "helpService").ToList();

        Assert.Equal(26, municipalities.Count);
        foreach (var municipality in municipalities)
        {
            var service = services.SingleOrDefault(s => Text(s.Cultures["sv"].Properties, "municipality") == municipality);
            Assert.True(service is not null, $"{municipality} has no help service.");
            Assert.Contains(SocialjourFallback, Text(service.Cultures["sv"].Properties, "openingHours"), StringComparison.Ordinal);
            Assert.Contains(SocialjourFallback, Text(service.Cultures["sv"].Properties, "body"), StringComparison.Ordinal);
            Assert.Contains("socialjouren", Text(service.Cultures["en"].Properties, "openingHours"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_national_help_services_carry_every_number_of_the_facts()
    {
        var national = Snapshot.All.Where(c => c.ContentType == "helpService" && Text(c.Cultures["sv"].Properties, "municipality") == "")
            .SelectMany(c => c.Cultures["sv"].Properties["phoneNumbers"].EnumerateArray())
            .Select(b => b.GetProperty("properties").GetProperty("number").GetString()!)
            .ToHashSet();

        Assert.Superset(FactsNumbers.Keys.ToHashSet(), national);
    }

    [Fact]
    public void The_page_about_being_taken_abroad_names_the_travel_ban_and_the_foreign_ministry_duty_number()
    {
        var abroad = Snapshot.All.Where(c => c.ContentType == "guidancePage" && Strings(c.Cultures["sv"].Properties["topics"]).Contains("travel-ban")).ToList();

        Assert.Contains(abroad, page => PageNumbers(page.Cultures["sv"]).Contains("08-405 50 05") && Text(page.Cultures["sv"].Properties, "body").Contains("Utreseförbud", StringComparison.Ordinal));
    }

    [Fact]
    public void The_front_door_is_in_every_community_language_marked_for_native_review()
    {
        foreach (var key in FrontDoorKeys)
        {
            var page = Snapshot.Find(key)!;
            foreach (var code in CommunityCultures)
            {
                Assert.True(page.Cultures.TryGetValue(code, out var culture) && culture.Route is not null, $"{page.Cultures["sv"].Name} is not published in '{code}'.");
                Assert.True(culture.Properties.TryGetValue("needsNativeReview", out var mark) && mark.ValueKind == JsonValueKind.True, $"{page.Cultures["sv"].Name} ({code}) is not marked for native review.");
            }

            Assert.False(page.Cultures["sv"].Properties.TryGetValue("needsNativeReview", out var sv) && sv.ValueKind == JsonValueKind.True);
        }
    }

    [Fact]
    public void Get_help_now_tells_every_culture_to_call_112_and_lists_the_helplines()
    {
        var getHelp = Snapshot.Find(Guid.Parse("5eed0000-0000-4000-8000-000000000011"))!;
        foreach (var culture in getHelp.Cultures.Values)
        {
            Assert.Contains("112", Text(culture.Properties, "body"), StringComparison.Ordinal);
            Assert.Superset(new HashSet<string?> { "112", "020-57 70 70", "020-50 50 50", "116 111" }, PageNumbers(culture));
        }
    }

    [Fact]
    public void Surfa_sakrare_in_every_site_language_explains_Shift_three_times_and_that_history_is_not_erased()
    {
        var page = Snapshot.Find(SurfaSakrareKey)!;
        var siteCultures = Services.GetRequiredService<IOptions<HedershusOptions>>().Value.EffectiveCultures.Select(c => c.Code).ToList();

        Assert.Equal(siteCultures.Order(), SafetyPagePhrases.Keys.Order());
        foreach (var code in siteCultures)
        {
            Assert.True(page.Cultures.TryGetValue(code, out var culture) && culture.Route is not null, $"Surfa säkrare is not published in '{code}'.");
            var body = Text(culture.Properties, "body");
            var (threeTimes, notErased) = SafetyPagePhrases[code];
            Assert.Contains("Shift", body, StringComparison.Ordinal);
            Assert.Contains(threeTimes, body, StringComparison.Ordinal);
            Assert.Contains(notErased, body, StringComparison.Ordinal);
            Assert.Contains("020", body, StringComparison.Ordinal);
        }
    }

    private static HashSet<string?> PageNumbers(PublishedCulture culture) =>
        [.. Blocks(culture.Properties.TryGetValue("blocks", out var blocks) ? blocks : default)
            .Where(b => b.ContentType == "phoneNumberBlock")
            .Select(b => Text(b.Properties, "number"))];

    private static string Text(IReadOnlyDictionary<string, JsonElement> properties, string alias) =>
        properties.TryGetValue(alias, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}
