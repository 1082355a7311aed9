using System.Text.Json;
using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Modules;

/// <summary>
/// The module manifests found at start-up in <see cref="BackofficeUiOptions.AppPluginsPath"/>, ordered by
/// <c>order</c>. A manifest that cannot be read, or names an unknown policy, stops start-up with the file's name.
/// </summary>
public sealed partial class ModuleCatalog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public ModuleCatalog(IOptions<BackofficeUiOptions> options, HedershusPaths paths)
    {
        Folder = paths.Resolve(options.Value.AppPluginsPath);
        Modules = Directory.Exists(Folder)
            ? Directory.GetDirectories(Folder).Select(Read).OfType<ModuleManifest>().OrderBy(m => m.Order).ThenBy(m => m.Alias, StringComparer.Ordinal).ToList()
            : [];
        var duplicate = Modules.GroupBy(m => m.Alias, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules in {Folder} use the alias '{duplicate.Key}'.");
        }
    }

    /// <summary>The absolute App_Plugins folder.</summary>
    public string Folder { get; }

    public IReadOnlyList<ModuleManifest> Modules { get; }

    public ModuleManifest? Find(string alias) => Modules.FirstOrDefault(m => string.Equals(m.Alias, alias, StringComparison.OrdinalIgnoreCase));

    private static ModuleManifest? Read(string directory)
    {
        var file = Path.Combine(directory, "module.json");
        if (!File.Exists(file))
        {
            return null;
        }

        ModuleManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModuleManifest>(File.ReadAllText(file), Json) ?? throw new JsonException("The file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{file}: the module manifest cannot be read: {e.Message}", e);
        }

        Check(file, manifest);
        return manifest with { Folder = Path.GetFileName(directory) };
    }

    private static void Check(string file, ModuleManifest manifest)
    {
        if (!AliasPattern().IsMatch(manifest.Alias))
        {
            throw new InvalidOperationException($"{file}: 'alias' must be lowercase letters, digits and hyphens.");
        }

        if (manifest.Policy != BackofficePolicies.Backoffice && !BackofficePolicies.RolesBySection.ContainsKey(manifest.Policy))
        {
            throw new InvalidOperationException($"{file}: 'policy' must be one of {BackofficePolicies.Backoffice}, {string.Join(", ", BackofficePolicies.RolesBySection.Keys)}.");
        }

        foreach (var asset in manifest.Styles.Append(manifest.Entry ?? "x.js"))
        {
            if (asset.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(asset) || asset.Contains(':', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file}: '{asset}' must be a path inside the module's folder.");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();
}
