namespace Hedershus.Core.Content.Import;

/// <summary>What an import did: nodes created, nodes left alone because their key existed, and failures by key.</summary>
public sealed record ImportResult(int Created, int Skipped, IReadOnlyList<string> Errors)
{
    public override string ToString() =>
        $"{Created} created, {Skipped} already present, {Errors.Count} failed" + (Errors.Count > 0 ? ":\n  " + string.Join("\n  ", Errors) : "");
}
