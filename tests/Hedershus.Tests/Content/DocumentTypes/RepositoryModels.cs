using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Tests.Content.DocumentTypes;

/// <summary>The document types checked into the repository, found by walking up from the test output.</summary>
public static class RepositoryModels
{
    public static string Folder { get; } = FindFolder();

    private static readonly Lazy<DocumentTypeRegistry> LazyRegistry = new(() => new DocumentTypeRegistry(DocumentTypeLoader.LoadFolder(Folder)));

    public static DocumentTypeRegistry Registry => LazyRegistry.Value;

    public static DocumentType Type(string alias) =>
        Registry.Find(alias) ?? throw new InvalidOperationException($"umbraco/models has no type '{alias}'.");

    public static PropertyType Property(string typeAlias, string propertyAlias) =>
        Type(typeAlias).FindProperty(propertyAlias) ?? throw new InvalidOperationException($"'{typeAlias}' has no property '{propertyAlias}'.");

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "umbraco", "models");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Hedershus.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds umbraco/models and Hedershus.sln.");
    }
}
