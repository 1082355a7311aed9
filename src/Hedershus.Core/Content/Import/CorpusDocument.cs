namespace Hedershus.Core.Content.Import;

/// <summary>A document in the neutral corpus format (<c>shared/eval/README.md</c>).</summary>
public sealed record CorpusDocument
{
    public string Id { get; init; } = "";
    public Guid Key { get; init; }
    public string Culture { get; init; } = "";
    public string ContentType { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Summary { get; init; }
    public string? Body { get; init; }
    public List<string> Audience { get; init; } = [];
    public List<string> Topics { get; init; } = [];
    public string? Municipality { get; init; }
}
