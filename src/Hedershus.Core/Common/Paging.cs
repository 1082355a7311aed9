namespace Hedershus.Core.Common;

/// <summary>Skip/take defaults and limits shared by list endpoints.</summary>
public static class Paging
{
    public const int DefaultTake = 50;
    public const int MaxTake = 500;

    public static int Skip(int? skip) => skip is null or < 0 ? 0 : skip.Value;

    public static int Take(int? take) => take switch
    {
        null => DefaultTake,
        < 1 => throw new InputValidationException("take", "Take at least 1."),
        > MaxTake => throw new InputValidationException("take", $"Take at most {MaxTake}."),
        _ => take.Value,
    };
}
