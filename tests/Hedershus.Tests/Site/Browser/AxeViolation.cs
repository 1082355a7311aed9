namespace Hedershus.Tests.Site.Browser;

/// <summary>One axe-core rule violation (settable properties: Playwright's EvaluateAsync deserialises into them).</summary>
public sealed class AxeViolation
{
    public string Id { get; set; } = "";
    public string? Impact { get; set; }
    public string Help { get; set; } = "";
    public string[] Targets { get; set; } = [];

    public override string ToString() => $"{Id} ({Impact}): {Help} — {string.Join(", ", Targets)}";
}
