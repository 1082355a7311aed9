namespace Hedershus.Core.Common;

/// <summary>Collects field errors and throws them together, so a caller learns every problem at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>How many messages were added, so a step can tell whether it added any.</summary>
    public int Count => _errors.Values.Sum(list => list.Count);

    public void Add(string field, string error)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(error);
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new InputValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
