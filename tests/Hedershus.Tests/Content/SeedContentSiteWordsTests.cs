using System.Text.Json;
using Hedershus.Web.Site;

namespace Hedershus.Tests.Content;

/// <summary>The seed and the site's frame words agree: Surfa säkrare names the quick-exit button as each language shows it.</summary>
public abstract partial class SeedContentTests
{
    [Fact]
    public void Surfa_sakrare_names_the_quick_exit_button_by_its_label_in_every_language()
    {
        var page = Snapshot.Find(SurfaSakrareKey)!;

        foreach (var (code, culture) in page.Cultures)
        {
            var body = culture.Properties["body"].ValueKind == JsonValueKind.String ? culture.Properties["body"].GetString()! : "";
            Assert.True(body.Contains(SiteTexts.For(code).QuickExit, StringComparison.Ordinal), $"{code}: the page does not name '{SiteTexts.For(code).QuickExit}'.");
        }
    }

    [Theory]
    [InlineData("sv", "Namnet som står på fliken sparas i historiken")]
    [InlineData("en", "The name shown on the tab is saved in the history")]
    public void Surfa_sakrare_tells_that_page_titles_are_kept_in_the_history_SAFETY_S15(string culture, string sentence)
    {
        var body = Snapshot.Find(SurfaSakrareKey)!.Cultures[culture].Properties["body"].GetString()!;

        Assert.Contains(sentence, body, StringComparison.Ordinal);
    }
}
