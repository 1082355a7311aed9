namespace Hedershus.Web.Operations;

public static class OperationsExtensions
{
    /// <summary>ProblemDetails for every error, and the exception handler that makes them.</summary>
    public static IServiceCollection AddHedershusOperations(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Binding errors (malformed JSON, wrong types) throw, so the exception handler can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseHedershusOperations(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    public static IEndpointRouteBuilder MapHedershusHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "Healthy" })).WithName("Health").WithTags("Operations");
        return endpoints;
    }
}
