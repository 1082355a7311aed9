using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using System.Text.Json;

namespace Hedershus.Web.Operations;

/// <summary>The one place where the project's exceptions become ProblemDetails.</summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            InputValidationException e => new ValidationProblemDetails(e.Errors.ToDictionary(k => k.Key, k => k.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
            NotFoundException e => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = e.Message },
            ConflictException e => Conflict(e),
            ForbiddenException e => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Not allowed.", Detail = e.Message },
            PayloadTooLargeException e => new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = "Too large.", Detail = e.Message },
            BadHttpRequestException { InnerException: JsonException json } => MalformedJson(json),
            BadHttpRequestException e => BadRequest(e),
            JsonException e => MalformedJson(e),
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Names the JSON path that could not be read, e.g. "$.cultures.sv.name".</summary>
    private static ValidationProblemDetails MalformedJson(JsonException e) =>
        new(new Dictionary<string, string[]> { [e.Path is { Length: > 0 } path ? path : "$"] = ["The JSON could not be read here: check the syntax and the value's type."] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed JSON.",
        };

    /// <summary>Kestrel's own refusals, e.g. a body over the size limit (413), carry their status code.</summary>
    private static ProblemDetails BadRequest(BadHttpRequestException e) => new()
    {
        Status = e.StatusCode,
        Title = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large." : "Bad request.",
        Detail = e.Message,
    };

    private static ProblemDetails Conflict(ConflictException e)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = e.Message };
        foreach (var (key, value) in e.Details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
