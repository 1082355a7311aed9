using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Tests.Content.DocumentTypes;
using Hedershus.Web.Site;

namespace Hedershus.Tests.Site;

/// <summary>The frame words: complete in every site language, marked for native review where not written natively.</summary>
public sealed class SiteTextsTests
{
    private static readonly string[] Cultures = [.. HedershusOptions.DefaultCultures.Select(c => c.Code)];

    public static TheoryData<string> Codes() => [.. Cultures];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_word_of_the_frame_is_written_out(string culture)
    {
        var text = SiteTexts.For(culture);

        foreach (var property in typeof(SiteText).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(text)), $"{culture}: {property.Name} is empty.");
        }

        foreach (var (type, alias, labels) in new[]
        {
            ("helpService", "needs", text.Needs), ("methodDescription", "professions", text.Professions), ("guidancePage", "audience", text.Audiences),
        })
        {
            Assert.Equal(RepositoryModels.Property(type, alias).Config.Items.Order(), labels.Keys.Order());
        }

        Assert.Superset(RepositoryModels.Registry.All.Where(t => !t.IsElement).Select(t => t.Alias).ToHashSet(), text.ContentTypes.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Patterns_keep_their_placeholders(string culture)
    {
        var text = SiteTexts.For(culture);

        foreach (var pattern in new[] { text.FallbackNotice, text.SearchCount, text.SearchOtherLanguages, text.InLanguage })
        {
            Assert.Contains("{0}", pattern, StringComparison.Ordinal);
        }

        Assert.Contains("{1}", text.PageNumber, StringComparison.Ordinal);
        Assert.Equal(2, string.Format(CultureInfo.InvariantCulture, text.PageNumber, "§", "¤").Count(c => c is '§' or '¤'));
    }

    [Fact]
    public void Words_not_written_by_a_native_speaker_are_marked_for_review()
    {
        Assert.Equal(Cultures.Except(["sv", "en"]).Order(), SiteTexts.NeedingNativeReview.Order());
    }

    [Fact]
    public void Each_language_has_words_of_its_own_for_what_keeps_a_visitor_safe()
    {
        var english = SiteTexts.For("en");
        foreach (var culture in Cultures.Except(["en", "sv-x-lattlast"]))
        {
            var text = SiteTexts.For(culture);
            Assert.NotEqual(english.QuickExit, text.QuickExit);
            Assert.NotEqual(english.SkipLink, text.SkipLink);
            Assert.NotEqual(english.CrisisHeading, text.CrisisHeading);
            Assert.NotEqual(english.SearchPrivacyNote, text.SearchPrivacyNote);
            Assert.Contains("112", text.SocialServicesOutOfHours, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_topic_a_language_lacks_is_shown_in_english_and_marked_as_english()
    {
        Assert.Equal(new SiteLabel("Riskbedömning"), SiteTexts.TopicLabel(SiteTexts.For("sv"), "risk-assessment"));
        Assert.Equal(new SiteLabel("Travel ban", "en"), SiteTexts.TopicLabel(SiteTexts.For("so"), "travel-ban"));
        Assert.Equal(new SiteLabel("egen tagg"), SiteTexts.TopicLabel(SiteTexts.For("sv"), "egen-tagg"));
    }
}
