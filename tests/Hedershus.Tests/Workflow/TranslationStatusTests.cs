using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Core.Audit;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Workflow;

public abstract class TranslationStatusTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    private async Task<JsonObject> StatusAsync(Guid page, string culture)
    {
        var response = await _story.Api.Http.GetAsync($"{Base}/translations/status?id={page}");
        var statuses = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        return statuses.Single(s => s!["id"]!.GetValue<Guid>() == page)!["cultures"]![culture]!.AsObject();
    }

    private async Task<bool> ListedAsync(string list, Guid page, string culture)
    {
        var answer = await ExpectAsync(await _story.Api.Http.GetAsync($"{Base}/dashboard/{list}?take=500"), HttpStatusCode.OK);
        return answer["items"]!.AsArray().Any(i => i!["id"]!.GetValue<Guid>() == page && i["culture"]!.GetValue<string>() == culture);
    }

    [Fact]
    public async Task Publishing_changed_swedish_text_marks_the_other_cultures_outdated_until_a_translator_confirms()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        Assert.False((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());

        await _story.SaveAndPublishAsync(page, "sv", WorkflowStory.Guidance("Ny svensk text"));

        var status = await StatusAsync(page, "en");
        Assert.True(status["outdated"]!.GetValue<bool>());
        Assert.Equal(host.Factory.Clock.GetUtcNow().UtcDateTime, status["outdatedSince"]!.GetValue<DateTime>().ToUniversalTime());
        Assert.False((await StatusAsync(page, "sv"))["outdated"]!.GetValue<bool>());
        Assert.True(await ListedAsync("outdated-translations", page, "en"));

        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        await ExpectProblemAsync(await writer.Http.PostAsync($"{Base}/translations/{page}/en/confirm", null), HttpStatusCode.Forbidden);
        var translator = await _story.SignInAsync(BackofficeRoles.Translators);
        await ExpectAsync(await translator.Http.PostAsync($"{Base}/translations/{page}/en/confirm", null), HttpStatusCode.OK);

        Assert.False((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());
        Assert.False(await ListedAsync("outdated-translations", page, "en"));
        Assert.Contains(await _story.AuditRowsAsync(page), e => e.Action == AuditActions.TranslationConfirmed && e.ActorUserId == translator.UserId && e.Culture == "en");
        await ExpectProblemAsync(await translator.Http.PostAsync($"{Base}/translations/{page}/en/confirm", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Saving_swedish_without_publishing_or_republishing_it_unchanged_marks_nothing()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());

        await ExpectAsync(await _story.SaveAsync(_story.Api.Http, page, "sv", WorkflowStory.Guidance("Utkast")), HttpStatusCode.OK);
        Assert.False((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());
        await ExpectAsync(await _story.SaveAsync(_story.Api.Http, page, "sv", WorkflowStory.Guidance("Svensk text")), HttpStatusCode.OK);
        await _story.Api.PublishAsync(page, "sv");

        Assert.False((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Updating_and_publishing_the_translation_brings_it_in_step_but_republishing_it_unchanged_does_not()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        await _story.SaveAndPublishAsync(page, "sv", WorkflowStory.Guidance("Ny svensk text"));

        await _story.Api.PublishAsync(page, "en");
        Assert.True((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());

        await _story.SaveAndPublishAsync(page, "en", WorkflowStory.Guidance("New English text"));
        Assert.False((await StatusAsync(page, "en"))["outdated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Needs_native_review_is_set_on_save_listed_and_cleared_only_by_an_editor()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = await _story.SignInAsync(BackofficeRoles.Writers);
        await ExpectAsync(await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Machine English", needsNativeReview: true)), HttpStatusCode.OK);

        Assert.True((await StatusAsync(page, "en"))["needsNativeReview"]!.GetValue<bool>());
        Assert.True(await ListedAsync("unreviewed-translations", page, "en"));

        var revision = (await _story.Api.GetAsync(page))["revision"]!.GetValue<int>();
        var cleared = await _story.SaveAsync(writer.Http, page, "en", WorkflowStory.Guidance("Machine English", needsNativeReview: false));
        await ExpectProblemAsync(cleared, HttpStatusCode.Forbidden);
        Assert.Equal(revision, (await _story.Api.GetAsync(page))["revision"]!.GetValue<int>());
        await ExpectProblemAsync(await writer.Http.DeleteAsync($"{Base}/translations/{page}/en/native-review"), HttpStatusCode.Forbidden);

        var editor = await _story.SignInAsync(BackofficeRoles.Editors);
        var document = await ExpectAsync(await editor.Http.DeleteAsync($"{Base}/translations/{page}/en/native-review"), HttpStatusCode.OK);

        Assert.False(document["cultures"]!["en"]!["properties"]!["needsNativeReview"]!.GetValue<bool>());
        Assert.Equal("Machine English", document["cultures"]!["en"]!["properties"]!["summary"]!.GetValue<string>());
        Assert.False((await StatusAsync(page, "en"))["needsNativeReview"]!.GetValue<bool>());
        Assert.False(await ListedAsync("unreviewed-translations", page, "en"));
        Assert.Contains(await _story.AuditRowsAsync(page), e => e.Action == AuditActions.NativeReviewCleared && e.ActorUserId == editor.UserId);
    }

    [Fact]
    public async Task A_page_created_with_the_mark_as_an_import_does_is_listed_for_native_review()
    {
        var home = await _story.CreateHomeAsync();
        var created = await _story.Api.CreateAsync("guidancePage", home, new JsonObject
        {
            ["sv"] = Culture("Importerad", WorkflowStory.Guidance("Svensk")),
            ["ar"] = Culture("مستورد", WorkflowStory.Guidance("نص", needsNativeReview: true)),
        });

        Assert.True(await ListedAsync("unreviewed-translations", Id(created), "ar"));
        Assert.False(await ListedAsync("unreviewed-translations", Id(created), "sv"));
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTranslationStatusTests(SqliteHost host) : TranslationStatusTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresTranslationStatusTests(PostgresHost host) : TranslationStatusTests(host), IClassFixture<PostgresHost>;
