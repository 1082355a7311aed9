using System.Diagnostics;
using System.Text.Json.Nodes;
using Hedershus.Web.Backoffice.Security;

namespace Hedershus.Tests.Networks;

/// <summary>
/// The staff module's files as the backoffice contract asks for them: a manifest naming the Networks policy, an ES
/// module that parses, loads nothing from another origin and never renders server text as HTML. Its behaviour in a
/// browser is tested where the backoffice shell hosts it.
/// </summary>
public sealed class NetworkModuleTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "App_Plugins", "Networks");

    [Fact]
    public void The_manifest_names_the_section_policy_and_files_that_exist()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "module.json")))!.AsObject();

        Assert.Equal("networks", manifest["alias"]!.GetValue<string>());
        Assert.Equal("Nätverk", manifest["name"]!["sv"]!.GetValue<string>());
        Assert.Equal("Networks", manifest["name"]!["en"]!.GetValue<string>());
        Assert.Equal(BackofficePolicies.Networks, manifest["policy"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(Folder, manifest["entry"]!.GetValue<string>())));
        Assert.All(manifest["styles"]!.AsArray(), style => Assert.True(File.Exists(Path.Combine(Folder, style!.GetValue<string>()))));
    }

    [Fact]
    public void The_script_loads_nothing_from_elsewhere_sends_the_antiforgery_header_and_never_writes_html()
    {
        var script = File.ReadAllText(Path.Combine(Folder, "networks.js"));
        var styles = File.ReadAllText(Path.Combine(Folder, "networks.css"));

        Assert.DoesNotContain("http://", script + styles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", script + styles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("import ", script, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", script, StringComparison.Ordinal);
        Assert.Contains("credentials: 'same-origin'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_script_is_valid_javascript()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--check", Path.Combine(Folder, "networks.js")])
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = await node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();

        Assert.True(node.ExitCode == 0, errors);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hedershus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Hedershus.sln.");
    }
}
