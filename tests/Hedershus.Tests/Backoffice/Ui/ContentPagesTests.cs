using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The content section's pages and forms, on the seed document types, without JavaScript.</summary>
public abstract class ContentPagesTests(HostFixture host)
{
    private async Task<BackofficeContentStory> EditorAsync() =>
        new(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));

    [Fact]
    public async Task Creating_a_page_opens_its_editor_with_the_child_types_its_document_type_allows()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Startsida " + Guid.NewGuid().ToString("N")[..6]);

        var (_, page) = await story.Session.GetAsync($"/umbraco/content/{home}?culture=sv&notice=created");

        Assert.Equal("Sidan skapades.", page.QuerySelector(".bo-notice")!.TextContent.Trim());
        Assert.Contains("Startsida", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var childTypes = page.QuerySelectorAll("#create-type option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["landingPage", "guidancePage", "methodDescription", "helpService", "externalResource", "faq", "newsArticle", "seminar", "network"], childTypes);
        Assert.NotNull(page.QuerySelector($".bo-tree a[href^='/umbraco/content/{home}'][aria-current=page]"));
    }

    [Fact]
    public async Task The_form_has_a_field_for_every_property_editor_of_the_document_type()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Rot " + Guid.NewGuid().ToString("N")[..6]);
        var guidance = await story.CreateAsync("guidancePage", home, "Vägledning");

        var page = await story.EditPageAsync(guidance);

        Assert.NotNull(page.QuerySelector("textarea[name='cultures.sv.properties.summary'][maxlength='400']"));
        Assert.NotNull(page.QuerySelector("textarea.bo-richtext[name='cultures.sv.properties.body']"));
        Assert.Equal(6, page.QuerySelectorAll("input[type=checkbox][name='properties.audience']").Length);
        Assert.NotNull(page.QuerySelector("input[name='properties.topics']"));
        Assert.NotNull(page.QuerySelector("select[name='cultures.sv.properties.blocks.add']"));
        Assert.NotNull(page.QuerySelector("select[name='cultures.sv.properties.image']"));
        Assert.NotNull(page.QuerySelector("input[name='cultures.sv.properties.relatedLinks[0].url']"));
        Assert.NotNull(page.QuerySelector("input[type=datetime-local][name='properties.lastReviewed']"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name='cultures.sv.properties.needsNativeReview']"));
        Assert.All(page.QuerySelectorAll("form.bo-form input:not([type=hidden]), form.bo-form textarea, form.bo-form select"),
            field => Assert.True(page.QuerySelector($"label[for='{field.Id}']") is not null || field.Closest("fieldset:not(.bo-plain)") is not null, $"{field.Id} has no label"));
    }

    [Fact]
    public async Task Saving_stores_every_kind_of_value_and_core_sanitises_the_rich_text()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Rot " + Guid.NewGuid().ToString("N")[..6]);
        var guidance = await story.CreateAsync("guidancePage", home, "Vägledning");

        await story.SaveAsync(guidance, "sv",
            ("cultures.sv.properties.summary", "Kort ingress."),
            ("cultures.sv.properties.body", "<p>Hej<script>alert(1)</script></p>"),
            ("properties.audience", "young"),
            ("properties.topics", "tvång, skydd"),
            ("properties.lastReviewed", "2026-03-01T10:30"),
            ("cultures.sv.properties.relatedLinks[0].title", "Polisen"),
            ("cultures.sv.properties.relatedLinks[0].url", "https://polisen.se/"),
            ("cultures.sv.properties.needsNativeReview", "true"));

        var saved = await ApiAsync(guidance);
        var sv = saved["cultures"]!["sv"]!["properties"]!;
        Assert.Equal("Kort ingress.", sv["summary"]!.GetValue<string>());
        Assert.DoesNotContain("script", sv["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("https://polisen.se/", sv["relatedLinks"]![0]!["url"]!.GetValue<string>());
        Assert.True(sv["needsNativeReview"]!.GetValue<bool>());
        Assert.Equal(["tvång", "skydd"], saved["properties"]!["topics"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("2026-03-01T10:30:00Z", saved["properties"]!["lastReviewed"]!.GetValue<string>());
        Assert.Equal("young", saved["properties"]!["audience"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_invalid_value_is_shown_next_to_its_field_with_what_was_typed_and_nothing_is_saved()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Rot " + Guid.NewGuid().ToString("N")[..6]);
        var guidance = await story.CreateAsync("guidancePage", home, "Vägledning");
        var tooLong = new string('å', 401);

        var (response, page) = await story.TrySaveAsync(guidance, "sv", ("cultures.sv.properties.summary", tooLong));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var field = page.QuerySelector("#f-cultures-sv-properties-summary")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Equal(tooLong, field.TextContent);
        Assert.NotNull(page.QuerySelector("#f-cultures-sv-properties-summary-error li"));
        Assert.NotNull(page.QuerySelector(".bo-error-summary a[href='#f-cultures-sv-properties-summary']"));
        Assert.False((await ApiAsync(guidance))["cultures"]!["sv"]!["properties"]!.AsObject().ContainsKey("summary"));
    }

    [Fact]
    public async Task A_block_is_added_without_javascript_and_saved_with_its_fields()
    {
        var story = await EditorAsync();
        var home = await story.CreateAsync("home", null, "Rot " + Guid.NewGuid().ToString("N")[..6]);
        var guidance = await story.CreateAsync("guidancePage", home, "Vägledning");

        var (added, page) = await story.Session.SubmitAsync(await story.EditPageAsync(guidance), "form.bo-form",
            ("addBlock", "cultures.sv.properties.blocks"), ("cultures.sv.properties.blocks.add", "textBlock"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.NotNull(page.QuerySelector("input[name='cultures.sv.properties.blocks[0].properties.heading']"));

        var (saved, _) = await story.Session.SubmitAsync(page, "form.bo-form",
            ("cultures.sv.properties.blocks[0].properties.heading", "Fakta"),
            ("cultures.sv.properties.blocks[0].properties.text", "<p>Blocktext</p>"));

        BackofficeSession.AssertRedirect(saved, $"/umbraco/content/{guidance}");
        var block = (await ApiAsync(guidance))["cultures"]!["sv"]!["properties"]!["blocks"]![0]!;
        Assert.Equal("textBlock", block["contentType"]!.GetValue<string>());
        Assert.Equal("Fakta", block["properties"]!["heading"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_translation_is_written_beside_its_read_only_source_then_published_and_served_in_english()
    {
        var story = await EditorAsync();
        var (home, guidance) = await story.CreatePublishedGuidanceAsync("Tvångsäktenskap", "Om tvångsäktenskap på svenska.");
        await story.SaveAsync(home, "en", ("cultures.en.name", "Home"), ("cultures.en.properties.title", "Welcome"));
        await story.PublishAsync(home, "en");

        var page = await story.EditPageAsync(guidance, "en", source: "sv");

        var source = page.QuerySelectorAll(".bo-pair .bo-source").Select(s => (Lang: s.GetAttribute("lang"), Text: s.TextContent)).ToList();
        Assert.Contains(source, s => s.Lang == "sv" && s.Text.Contains("Om tvångsäktenskap på svenska.", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll(".bo-pair .bo-target"), target => Assert.Equal("en", target.GetAttribute("lang")));
        Assert.Null(page.QuerySelector("form.bo-form input[name='properties.topics']")); // shared values: edited in Swedish only

        await story.SaveAsync(guidance, "en",
            ("cultures.en.name", "Forced marriage"), ("cultures.en.properties.summary", "About forced marriage."), ("cultures.en.properties.body", "<p>Body.</p>"));
        await story.PublishAsync(guidance, "en");

        using var delivery = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{guidance}");
        request.Headers.Add("Accept-Language", "en");
        var item = JsonNode.Parse(await (await delivery.SendAsync(request)).Content.ReadAsStringAsync())!;
        Assert.Equal("Forced marriage", item["name"]!.GetValue<string>());
        Assert.Equal("About forced marriage.", item["properties"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Publishing_without_a_mandatory_value_is_refused_with_a_message_naming_it()
    {
        var story = await EditorAsync();
        var home = await story.CreatePublishedHomeAsync();
        var guidance = await story.CreateAsync("guidancePage", home, "Ofullständig");

        var (response, page) = await story.Session.PostAsync($"/umbraco/content/{guidance}/publish?culture=sv", ("cultures", "sv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("summary", page.QuerySelector(".bo-notice-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_page_the_second_sees_both_versions_and_nothing_is_lost()
    {
        var first = await EditorAsync();
        var second = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors));
        var (_, guidance) = await first.CreatePublishedGuidanceAsync("Delad sida", "Ursprunglig ingress.");
        var secondForm = await second.EditPageAsync(guidance);

        await first.SaveAsync(guidance, "sv", ("cultures.sv.properties.summary", "Förstas ingress."));
        var (response, page) = await second.Session.SubmitAsync(secondForm, "form.bo-form", ("cultures.sv.properties.summary", "Andras ingress."));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var row = page.QuerySelectorAll(".bo-conflict tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Ingress");
        Assert.Equal(["Förstas ingress.", "Andras ingress."], row.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Andras ingress.", page.QuerySelector("#f-cultures-sv-properties-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector(".bo-conflict a[href*='versions?version=']"));

        var (saved, _) = await second.Session.SubmitAsync(page, "form.bo-form");
        BackofficeSession.AssertRedirect(saved, $"/umbraco/content/{guidance}");
    }

    private async Task<JsonObject> ApiAsync(Guid id)
    {
        using var api = new ManagementClient(host.Factory);
        return await api.GetAsync(id);
    }
}

public sealed class SqliteContentPagesTests(SqliteHost host) : ContentPagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresContentPagesTests(PostgresHost host) : ContentPagesTests(host), IClassFixture<PostgresHost>;
