namespace Hedershus.Core.Search.Analysis;

/// <summary>A synonym or translation file is broken; the message names the file and the line.</summary>
public sealed class SynonymFileException(string file, int line, string problem)
    : Exception($"{file}, line {line}: {problem}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
