using System.Net;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Workflow;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>Translations in step through the pages: outdated marks in the tree and the node page, native-review marks.</summary>
public abstract class TranslationPagesTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    [Fact]
    public async Task A_changed_swedish_source_marks_english_outdated_in_the_tree_and_the_editor_until_a_translator_confirms()
    {
        var home = await _story.CreateHomeAsync();
        var page = await _story.CreateGuidanceAsync(home);
        await _story.SaveAndPublishAsync(page, "sv", WorkflowStory.Guidance("Ny svensk text"));
        var translator = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Translators));

        var english = await translator.EditPageAsync(page, "en");
        Assert.NotNull(english.QuerySelector("#translation-outdated"));
        Assert.Contains("inaktuell", english.QuerySelector(".bo-cultures a[href*='culture=en']")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var treeItem = english.QuerySelector($".bo-tree a[href^='/umbraco/content/{page}']")!.ParentElement!;
        Assert.Contains("inaktuell översättning: en", treeItem.TextContent, StringComparison.Ordinal);
        Assert.Null((await translator.EditPageAsync(page, "sv")).QuerySelector("#translation-outdated"));

        var (confirmed, _) = await translator.Session.SubmitAsync(english, "#translation-outdated form");
        BackofficeSession.AssertRedirect(confirmed, $"/umbraco/content/{page}?culture=en&notice=confirmed");

        var after = await translator.EditPageAsync(page, "en");
        Assert.Null(after.QuerySelector("#translation-outdated"));
        Assert.DoesNotContain("inaktuell", after.QuerySelector($".bo-tree a[href^='/umbraco/content/{page}']")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translator_is_offered_only_their_own_culture_and_sees_the_others_read_only()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var translator = new BackofficeContentStory(await BackofficeSession.SignInWithCulturesAsync(host.Factory, [BackofficeRoles.Translators], ["en"]));

        var swedish = await translator.EditPageAsync(page, "sv");
        Assert.Contains("Du får redigera: English", swedish.QuerySelector("#read-only-culture")!.TextContent, StringComparison.Ordinal);
        Assert.True(swedish.QuerySelector("form.bo-form fieldset.bo-plain")!.HasAttribute("disabled"));
        Assert.Null(swedish.QuerySelector("form.bo-form .bo-form-actions button"));
        Assert.Contains("bara läsa", swedish.QuerySelector(".bo-cultures a[href*='culture=sv']")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var english = await translator.EditPageAsync(page, "en");
        Assert.Null(english.QuerySelector("#read-only-culture"));
        Assert.False(english.QuerySelector("form.bo-form fieldset.bo-plain")!.HasAttribute("disabled"));
        Assert.NotNull(english.QuerySelector("form.bo-form .bo-form-actions button"));
        Assert.DoesNotContain("bara läsa", english.QuerySelector(".bo-cultures a[href*='culture=en']")!.ParentElement!.TextContent, StringComparison.Ordinal);

        // Translators neither publish, move, sort nor trash: none of those forms is offered.
        foreach (var action in new[] { "publish", "unpublish", "schedule", "move", "trash" })
        {
            Assert.Null(english.QuerySelector($"form[action^='/umbraco/content/{page}/{action}']"));
        }

        var editor = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));
        var asEditor = await editor.EditPageAsync(page, "sv");
        Assert.Null(asEditor.QuerySelector("#read-only-culture"));
        Assert.NotNull(asEditor.QuerySelector($"form[action^='/umbraco/content/{page}/publish']"));
        Assert.NotNull(asEditor.QuerySelector($"form[action^='/umbraco/content/{page}/trash']"));
    }

    [Fact]
    public async Task The_tree_loaded_lazily_marks_outdated_translations_too()
    {
        var home = await _story.CreateHomeAsync();
        var page = await _story.CreateGuidanceAsync(home);
        await _story.SaveAndPublishAsync(page, "sv", WorkflowStory.Guidance("Ändrad"));
        var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, fragment) = await editor.GetAsync($"/umbraco/content/tree?parent={home}&culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("inaktuell översättning: en", fragment.QuerySelector($"a[href^='/umbraco/content/{page}']")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Needs_native_review_is_shown_and_only_an_editor_may_clear_it()
    {
        var home = await _story.CreateHomeAsync();
        var page = await _story.CreateGuidanceAsync(home);
        await _story.SaveAndPublishAsync(page, "en", WorkflowStory.Guidance("Machine text", needsNativeReview: true));
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        var editor = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));

        var asWriter = await writer.EditPageAsync(page, "en");
        Assert.NotNull(asWriter.QuerySelector("#needs-native-review"));
        Assert.Null(asWriter.QuerySelector("#needs-native-review form"));
        Assert.Contains("behöver modersmålsgranskning", asWriter.QuerySelector(".bo-cultures a[href*='culture=en']")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var (cleared, _) = await editor.Session.SubmitAsync(await editor.EditPageAsync(page, "en"), "#needs-native-review form");
        BackofficeSession.AssertRedirect(cleared, $"/umbraco/content/{page}?culture=en&notice=nativecleared");

        Assert.Null((await editor.EditPageAsync(page, "en")).QuerySelector("#needs-native-review"));
        Assert.False((await _story.Api.GetAsync(page))["cultures"]!["en"]!["properties"]!["needsNativeReview"]!.GetValue<bool>());
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTranslationPagesTests(SqliteHost host) : TranslationPagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresTranslationPagesTests(PostgresHost host) : TranslationPagesTests(host), IClassFixture<PostgresHost>;
