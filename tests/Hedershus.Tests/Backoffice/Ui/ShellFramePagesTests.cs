using System.Net;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Workflow;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>The users and account pages inside the backoffice layout; Core's refusals as readable 403 pages.</summary>
public abstract class ShellFramePagesTests(HostFixture host) : IDisposable
{
    private readonly WorkflowStory _story = new(host);

    [Fact]
    public async Task The_users_pages_have_the_backoffice_navigation_with_users_as_the_current_section()
    {
        using var admin = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Administrators);

        var (response, page) = await admin.GetAsync("/umbraco/users");
        var (_, form) = await admin.GetAsync("/umbraco/users/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".bo-sections a[href='/umbraco/content']"));
        Assert.NotNull(page.QuerySelector(".bo-sections a[href='/umbraco/users'][aria-current=page]"));
        Assert.NotNull(page.QuerySelector("main#main table.bo-table"));
        Assert.NotNull(form.QuerySelector("main#main form[action='/umbraco/users'] input#email"));
        Assert.Empty(page.QuerySelectorAll("style"));
    }

    [Fact]
    public async Task The_account_page_of_a_signed_in_user_has_the_backoffice_navigation()
    {
        using var editor = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (response, page) = await editor.GetAsync("/umbraco/account");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".bo-sections a[href='/umbraco/content']"));
        Assert.NotNull(page.QuerySelector(".bo-user a[href='/umbraco/account'][aria-current=page]"));
        Assert.Null(page.QuerySelector(".bo-sections a[href='/umbraco/users']"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task A_writer_publishing_gets_a_readable_403_page_and_nothing_is_published()
    {
        var page = await _story.CreateGuidanceAsync(await _story.CreateHomeAsync());
        var writer = new BackofficeContentStory(await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Writers));
        await writer.SaveAsync(page, "sv", ("cultures.sv.properties.summary", "Opublicerad ändring."));

        Assert.Null((await writer.EditPageAsync(page)).QuerySelector($"form[action^='/umbraco/content/{page}/publish']"));

        // The page offers no publish form to a writer; a form posted anyway (an old tab, a crafted request) is refused.
        var (response, refused) = await writer.Session.PostAsync($"/umbraco/content/{page}/publish?culture=sv", ("cultures", "sv"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Inte tillåtet", refused.QuerySelector("h1")!.TextContent);
        Assert.Contains("Din användargrupp får inte publicera eller avpublicera innehåll.", refused.QuerySelector("#forbidden")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector(".bo-sections a[href='/umbraco/content']"));
        Assert.True((await _story.Api.GetAsync(page))["cultures"]!["sv"]!["hasUnpublishedChanges"]!.GetValue<bool>());
    }

    public void Dispose()
    {
        _story.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteShellFramePagesTests(SqliteHost host) : ShellFramePagesTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresShellFramePagesTests(PostgresHost host) : ShellFramePagesTests(host), IClassFixture<PostgresHost>;
