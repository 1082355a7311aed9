using Microsoft.Extensions.Options;

namespace Hedershus.Core.Common;

/// <summary>
/// Absolute paths of everything on disk. Relative settings resolve against the project root: the nearest
/// folder, from the content root upwards, that holds <c>umbraco/models</c> (the repository when developing,
/// the output folder when published).
/// </summary>
public sealed class HedershusPaths
{
    public HedershusPaths(IOptions<HedershusOptions> options, string contentRoot)
    {
        var settings = options.Value;
        Root = FindRoot(contentRoot, settings.ModelsPath);
        DataPath = Resolve(settings.DataPath);
        ModelsPath = Resolve(settings.ModelsPath);
        ContentPath = Resolve(settings.ContentPath);
    }

    public string Root { get; }
    public string DataPath { get; }
    public string ModelsPath { get; }
    public string ContentPath { get; }
    public string MediaPath => Path.Combine(DataPath, "media");
    public string SearchPath => Path.Combine(DataPath, "Search");
    public string MailPickupPath => Path.Combine(DataPath, "mail");
    public string SqliteFile => Path.Combine(DataPath, "Hedershus.sqlite.db");

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));

    private static string FindRoot(string contentRoot, string modelsPath)
    {
        if (Path.IsPathRooted(modelsPath))
        {
            return Path.GetFullPath(contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, modelsPath)))
                {
                    return dir.FullName;
                }
            }
        }

        return Path.GetFullPath(contentRoot);
    }
}
