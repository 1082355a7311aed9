namespace Hedershus.Core.Delivery.Output;

/// <summary>The <c>expand</c> and <c>fields</c> parameters of a request.</summary>
public sealed record OutputSelection(PropertySelection Expand, PropertySelection Fields)
{
    public static OutputSelection Default { get; } = new(PropertySelection.None, PropertySelection.Everything);

    /// <summary>Reads both parameters; bad syntax is a 400 naming the parameter.</summary>
    public static OutputSelection Parse(string? expand, string? fields) =>
        string.IsNullOrWhiteSpace(expand) && string.IsNullOrWhiteSpace(fields)
            ? Default
            : new(PropertySelection.Parse(expand, "expand", PropertySelection.None), PropertySelection.Parse(fields, "fields", PropertySelection.Everything));
}
