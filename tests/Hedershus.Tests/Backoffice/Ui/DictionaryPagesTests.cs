using System.Net;
using Hedershus.Core.Common;
using Hedershus.Core.Dictionary;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The dictionary: UI strings edited per culture in the backoffice and used by the public site's frame at once.</summary>
public abstract class DictionaryPagesTests(HostFixture host)
{
    [Fact]
    public async Task A_text_saved_in_the_dictionary_replaces_the_built_in_one_on_the_public_site_until_it_is_cleared()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        using var visitor = host.Factory.CreateClient();
        var (_, page) = await session.GetAsync("/umbraco/dictionary?culture=en");
        Assert.Equal("en", page.QuerySelector("#dict-SkipLink")!.GetAttribute("lang"));

        var (saved, _) = await session.SubmitAsync(page, "form.bo-form", ("SkipLink", "Jump to the main text"));
        var english = await PageAsync(visitor, "/en/no-such-page/");
        var swedish = await PageAsync(visitor, "/finns-inte-alls/");
        var (cleared, _) = await session.SubmitAsync((await session.GetAsync("/umbraco/dictionary?culture=en")).Page, "form.bo-form", ("SkipLink", ""));
        var restored = await PageAsync(visitor, "/en/no-such-page/");

        BackofficeSession.AssertRedirect(saved, "/umbraco/dictionary?culture=en");
        Assert.Contains(">Jump to the main text</a>", english, StringComparison.Ordinal);
        Assert.Contains(">Hoppa till innehållet</a>", swedish, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.DoesNotContain("Jump to the main text", restored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_equal_to_the_built_in_one_is_not_stored()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);
        var (_, page) = await session.GetAsync("/umbraco/dictionary?culture=sv");
        var builtIn = page.QuerySelector("#dict-QuickExit-default")!.TextContent;

        await session.SubmitAsync(page, "form.bo-form", ("QuickExit", builtIn));
        var (_, after) = await session.GetAsync("/umbraco/dictionary?culture=sv");

        Assert.Equal("", after.QuerySelector("#dict-QuickExit")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task The_service_refuses_unknown_cultures_and_malformed_keys()
    {
        using var scope = host.Factory.Services.CreateScope();
        var dictionary = scope.ServiceProvider.GetRequiredService<DictionaryService>();

        var culture = await Assert.ThrowsAsync<InputValidationException>(() => dictionary.SetAsync("xx", new Dictionary<string, string?> { ["SkipLink"] = "x" }, null, default));
        var key = await Assert.ThrowsAsync<InputValidationException>(() => dictionary.SetAsync("sv", new Dictionary<string, string?> { ["1 bad key"] = "x" }, null, default));

        Assert.Contains("culture", culture.Errors.Keys);
        Assert.Contains("1 bad key", key.Errors.Keys);
    }

    /// <summary>A page of the public site (a 404 page has the whole frame too).</summary>
    private static async Task<string> PageAsync(HttpClient visitor, string path) => await (await visitor.GetAsync(path)).Content.ReadAsStringAsync();
}

public sealed class SqliteDictionaryPagesTests(SqliteHost host) : DictionaryPagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresDictionaryPagesTests(PostgresHost host) : DictionaryPagesTests(host), IClassFixture<PostgresHost>;
