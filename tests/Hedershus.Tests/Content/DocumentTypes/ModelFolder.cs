using Hedershus.Core.Content.DocumentTypes;

namespace Hedershus.Tests.Content.DocumentTypes;

/// <summary>A temp folder of document-type files for one test, removed afterwards.</summary>
public sealed class ModelFolder : IDisposable
{
    public const string ValidHome = """
        { "alias": "home", "names": { "sv": "Startsida", "en": "Home" }, "allowedAtRoot": true,
          "properties": [ { "alias": "title", "names": { "sv": "Rubrik" }, "editor": "text" } ] }
        """;

    public ModelFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hedershus-models", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public ModelFolder With(string file, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), json);
        return this;
    }

    /// <summary>A type whose only property is the given JSON object.</summary>
    public ModelFolder WithProperty(string file, string alias, string propertyJson) => With(file, $$"""
        { "alias": "{{alias}}", "names": { "sv": "Sida" }, "properties": [ {{propertyJson}} ] }
        """);

    public DocumentTypeDefinitionException LoadFails() =>
        Assert.Throws<DocumentTypeDefinitionException>(() => DocumentTypeLoader.LoadFolder(Path));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }
}
