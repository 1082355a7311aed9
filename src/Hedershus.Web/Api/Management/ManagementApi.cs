using Hedershus.Web.Backoffice.Security;

namespace Hedershus.Web.Api.Management;

public static class ManagementApi
{
    public const string BasePath = "/umbraco/management/api/v1";

    public static IServiceCollection AddManagementApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ManagementApiOptions>().Bind(configuration.GetSection(ManagementApiOptions.Section));
        services.AddBackofficeAuthentication();
        return services;
    }

    /// <summary>
    /// The group every management endpoint class maps into: signed-in backoffice users or automation with the
    /// <c>Api-Key</c>. Each endpoint class adds its section's <see cref="BackofficePolicies"/> policy. Unsafe calls with
    /// the cookie must carry the anti-forgery header (<see cref="AntiforgeryCheck"/>); <c>GET /antiforgery</c> gives it.
    /// </summary>
    public static RouteGroupBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).RequireAuthorization(BackofficePolicies.Backoffice).WithTags("Management")
            .AddEndpointFilter(AntiforgeryCheck.ApiFilterAsync);
        group.MapGet("/antiforgery", (HttpContext http) => TypedResults.Ok(new AntiforgeryAnswer(AntiforgeryCheck.HeaderName, AntiforgeryCheck.Token(http))))
            .WithName("GetAntiforgeryToken");
        return group;
    }
}
