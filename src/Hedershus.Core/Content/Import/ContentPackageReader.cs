using System.Text.Json;
using Hedershus.Core.Common;

namespace Hedershus.Core.Content.Import;

/// <summary>Reads packages: one file, or every <c>*.json</c> file of a folder in name order.</summary>
public static class ContentPackageReader
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IEnumerable<string> Files(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : File.Exists(path) ? [path] : throw new NotFoundException($"There is no file or folder '{path}'.");

    /// <summary>True when the file is a neutral corpus (a JSON array) rather than a package (an object).</summary>
    public static bool IsCorpus(string file)
    {
        using var stream = File.OpenRead(file);
        int b;
        while ((b = stream.ReadByte()) is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF)
        {
        }

        return b == '[';
    }

    public static ContentPackage ReadPackage(string file) => Read<ContentPackage>(file);

    public static List<CorpusDocument> ReadCorpus(string file) => Read<List<CorpusDocument>>(file);

    private static T Read<T>(string file)
        where T : new()
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, SerializerOptions) ?? new T();
        }
        catch (JsonException e)
        {
            throw new InputValidationException(Path.GetFileName(file), $"Invalid JSON at {e.Path} (line {e.LineNumber + 1}): {e.Message}");
        }
    }
}
