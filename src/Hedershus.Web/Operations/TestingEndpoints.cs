using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Operations;

/// <summary>
/// Endpoints that exist only in the "Testing" environment, to test the host's own behaviour (e.g. the request body
/// limit) before feature endpoints exist.
/// </summary>
public static class TestingEndpoints
{
    public const string Environment = "Testing";

    public static IEndpointRouteBuilder MapHedershusTestingEndpoints(this WebApplication app)
    {
        if (app.Environment.IsEnvironment(Environment))
        {
            app.MapPost("/testing/echo-length", EchoLengthAsync).ExcludeFromDescription();
            app.MapTestingSignIn();
        }

        return app;
    }

    private static async Task<Ok<EchoLengthAnswer>> EchoLengthAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        long length = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
        }

        return TypedResults.Ok(new EchoLengthAnswer(length));
    }
}

public sealed record EchoLengthAnswer(long Length);
