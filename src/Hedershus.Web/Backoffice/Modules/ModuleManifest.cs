namespace Hedershus.Web.Backoffice.Modules;

/// <summary>
/// <c>App_Plugins/&lt;Module&gt;/module.json</c>: a backoffice section a module adds (see the backoffice contract).
/// <see cref="Folder"/> is the module's folder name, which its static files are served under.
/// </summary>
public sealed record ModuleManifest
{
    public string Alias { get; init; } = "";
    public Dictionary<string, string> Name { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public string Policy { get; init; } = "";
    public string? Entry { get; init; }
    public List<string> Styles { get; init; } = [];
    public int Order { get; init; }
    public string Folder { get; init; } = "";

    public string NameIn(string language) =>
        Name.TryGetValue(language, out var name) ? name : Name.Values.FirstOrDefault() ?? Alias;

    public string FileUrl(string file) => $"/App_Plugins/{Uri.EscapeDataString(Folder)}/{string.Join('/', file.Split('/').Select(Uri.EscapeDataString))}";
}
