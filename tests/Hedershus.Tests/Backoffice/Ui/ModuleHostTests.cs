using System.Net;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Tests.Infrastructure;
using Hedershus.Web.Backoffice.Modules;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Backoffice.Ui;

/// <summary>A host whose App_Plugins folder is a temporary one holding one test module (the setting Backoffice:AppPluginsPath).</summary>
public abstract class ModuleHost(DatabaseProvider provider) : HostFixture(provider)
{
    public string AppPlugins { get; } = Path.Combine(Path.GetTempPath(), "hedershus-plugins-" + Guid.NewGuid().ToString("N"));

    protected override void Configure(HedershusFactory factory)
    {
        var module = Directory.CreateDirectory(Path.Combine(AppPlugins, "TestModule")).FullName;
        File.WriteAllText(Path.Combine(module, "module.json"),
            """{ "alias": "testmodule", "name": { "sv": "Testmodul", "en": "Test module" }, "policy": "Backoffice.Seminars", "entry": "app.js", "styles": ["app.css"], "order": 30 }""");
        File.WriteAllText(Path.Combine(module, "app.js"), "document.getElementById('module-root').dataset.loaded = 'yes';");
        File.WriteAllText(Path.Combine(module, "app.css"), "#module-root { color: black; }");
        File.WriteAllText(Path.Combine(AppPlugins, "secret.txt"), "outside every module");
        factory.Settings["Backoffice:AppPluginsPath"] = AppPlugins;
    }
}

public sealed class SqliteModuleHost() : ModuleHost(DatabaseProvider.Sqlite);

public sealed class PostgresModuleHost() : ModuleHost(DatabaseProvider.Postgres);

/// <summary>The module host of the backoffice contract: manifests, navigation by policy, the section page and static files.</summary>
public abstract class ModuleHostTests(ModuleHost host)
{
    [Fact]
    public async Task A_user_who_satisfies_the_policy_sees_the_section_and_its_page_hosts_the_module()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.SeminarManagers);

        var (_, start) = await session.GetAsync("/umbraco");
        var (response, page) = await session.GetAsync("/umbraco/section/testmodule");

        Assert.Contains(start.QuerySelectorAll(".bo-sections a"), a => a.TextContent == "Testmodul" && a.GetAttribute("href") == "/umbraco/section/testmodule");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = page.QuerySelector("main#module-root")!;
        Assert.Equal("testmodule", root.GetAttribute("data-module"));
        Assert.Equal("/umbraco/management/api/v1", root.GetAttribute("data-api-base"));
        Assert.Equal("sv", root.GetAttribute("lang"));
        Assert.NotEmpty(page.QuerySelector("meta[name=hedershus-antiforgery]")!.GetAttribute("content")!);
        Assert.NotNull(page.QuerySelector("script[type=module][src='/App_Plugins/TestModule/app.js']"));
        Assert.NotNull(page.QuerySelector("link[rel=stylesheet][href='/App_Plugins/TestModule/app.css']"));
        Assert.Equal("#module-root", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_user_without_the_policy_neither_sees_nor_opens_the_section()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Editors);

        var (_, start) = await session.GetAsync("/umbraco");
        var (response, _) = await session.GetAsync("/umbraco/section/testmodule");

        Assert.DoesNotContain(start.QuerySelectorAll(".bo-sections a"), a => a.TextContent == "Testmodul");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_section_is_not_found()
    {
        using var session = await BackofficeSession.SignInAsync(host.Factory, BackofficeRoles.Administrators);

        var (response, _) = await session.GetAsync("/umbraco/section/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/App_Plugins/TestModule/app.js", HttpStatusCode.OK)]
    [InlineData("/App_Plugins/TestModule/missing.js", HttpStatusCode.NotFound)]
    [InlineData("/App_Plugins/secret.txt", HttpStatusCode.NotFound)]
    [InlineData("/App_Plugins/TestModule/%2e%2e/secret.txt", HttpStatusCode.NotFound)]
    [InlineData("/App_Plugins/TestModule/%2e%2e/%2e%2e/appsettings.json", HttpStatusCode.NotFound)]
    public async Task Module_files_are_served_from_the_module_folders_only(string path, HttpStatusCode expected)
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public void A_manifest_with_an_unknown_policy_stops_start_up_naming_the_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hedershus-bad-plugins-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "Bad"));
        File.WriteAllText(Path.Combine(folder, "Bad", "module.json"), """{ "alias": "bad", "name": { "sv": "Dålig" }, "policy": "Everyone" }""");
        var paths = new HedershusPaths(Options.Create(new HedershusOptions()), folder);

        var error = Assert.Throws<InvalidOperationException>(() => new ModuleCatalog(Options.Create(new BackofficeUiOptions { AppPluginsPath = folder }), paths));

        Assert.Contains(Path.Combine("Bad", "module.json"), error.Message, StringComparison.Ordinal);
        Assert.Contains("policy", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteModuleHostTests(SqliteModuleHost host) : ModuleHostTests(host), IClassFixture<SqliteModuleHost>;

public sealed class PostgresModuleHostTests(PostgresModuleHost host) : ModuleHostTests(host), IClassFixture<PostgresModuleHost>;
