namespace Hedershus.Web.Operations;

/// <summary>
/// Messages for the person who runs the hub (addresses, a generated password). They go to the console and never
/// through ILogger, so they cannot land in log files or log collectors. Tests swap the writer.
/// </summary>
public sealed class OperatorConsole(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
