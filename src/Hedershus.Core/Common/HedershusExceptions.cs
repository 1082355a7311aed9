namespace Hedershus.Core.Common;

/// <summary>The thing asked for does not exist (HTTP 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The request conflicts with the current state, e.g. a stale version (HTTP 409).</summary>
public sealed class ConflictException(string message, IReadOnlyDictionary<string, object?>? details = null) : Exception(message)
{
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

/// <summary>The acting user may not do this (HTTP 403). Thrown before anything is written.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The request is too large (HTTP 413).</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);

/// <summary>Input broke a rule; <see cref="Errors"/> names each field (HTTP 400).</summary>
public sealed class InputValidationException : Exception
{
    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more fields are invalid: " + string.Join(", ", errors.Keys))
    {
        Errors = errors;
    }

    public InputValidationException(string field, string error)
        : this(new Dictionary<string, string[]> { [field] = [error] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
