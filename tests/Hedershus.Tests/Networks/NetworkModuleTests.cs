using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Hedershus.Web.Backoffice.Security;

namespace Hedershus.Tests.Networks;

/// <summary>
/// The staff module's files as the backoffice contract asks for them: a manifest naming the Networks policy, ES
/// modules (the entry imports the others by relative path) that parse, load nothing from another origin and never
/// render server text as HTML. Their behaviour in a browser is tested where the backoffice shell hosts them.
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
    public void The_scripts_load_nothing_from_elsewhere_send_the_antiforgery_header_and_never_write_html()
    {
        var scripts = Scripts().Select(File.ReadAllText).ToList();
        var script = string.Join("\n", scripts);
        var styles = File.ReadAllText(Path.Combine(Folder, "networks.css"));

        Assert.Contains(Path.Combine(Folder, "mailings.js"), Scripts());
        Assert.DoesNotContain("http://", script + styles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", script + styles, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("import(", script, StringComparison.Ordinal);
        var imports = Regex.Matches(script, @"^import .* from '([^']+)';$", RegexOptions.Multiline);
        Assert.Equal(Regex.Count(script, @"\bimport\s"), imports.Count);
        Assert.All(imports, i => Assert.Matches(@"^\./[a-z-]+\.js$", i.Groups[1].Value));
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.Contains("RequestVerificationToken", scripts[0], StringComparison.Ordinal);
        Assert.Contains("credentials: 'same-origin'", scripts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scripts_are_valid_javascript()
    {
        foreach (var file in Scripts())
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["--check", file])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();

            Assert.True(node.ExitCode == 0, file + ": " + errors);
        }
    }

    /// <summary>The entry first, then the modules it imports.</summary>
    private static List<string> Scripts() =>
        [Path.Combine(Folder, "networks.js"), .. Directory.GetFiles(Folder, "*.js").Where(f => Path.GetFileName(f) != "networks.js").Order(StringComparer.Ordinal)];

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
