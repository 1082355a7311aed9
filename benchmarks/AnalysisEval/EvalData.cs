using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hedershus.AnalysisEval;

/// <summary>A document of the neutral corpus format (only what search reads).</summary>
internal sealed record EvalDocument(
    string Id, string Culture, string ContentType, string Name, string? Summary, string? Body, string? Municipality);

/// <summary>A judged query: grade 2 highly relevant, 1 partially, unlisted 0.</summary>
internal sealed record EvalQuery(string Qid, string Culture, string Query, string Phenomenon, Dictionary<string, int> Judgments);

internal static class EvalData
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static List<EvalDocument> LoadCorpus(string path) =>
        JsonSerializer.Deserialize<List<EvalDocument>>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no documents.");

    public static List<EvalQuery> LoadQueries(string path) =>
        JsonSerializer.Deserialize<List<EvalQuery>>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} holds no queries.");
}
