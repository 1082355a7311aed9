using System.Text.Json.Serialization;

namespace Hedershus.SearchEval;

/// <summary>A judged query of <c>queries-dev.json</c>: grades by corpus document id (2 highly, 1 partly relevant).</summary>
public sealed record EvalQuery(
    [property: JsonPropertyName("qid")] string Qid,
    [property: JsonPropertyName("culture")] string Culture,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("phenomenon")] string Phenomenon,
    [property: JsonPropertyName("judgments")] Dictionary<string, int> Judgments);

/// <summary>The part of a corpus document the evaluation needs: its id in the judgments and its node key.</summary>
public sealed record EvalDocument([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("key")] Guid Key);

/// <summary>The figures of one query.</summary>
public sealed record QueryScore(EvalQuery Query, double Ndcg, double Recall, IReadOnlyList<string> Top);
