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
    /// <c>Api-Key</c>. Each endpoint class adds its section's <see cref="BackofficePolicies"/> policy.
    /// </summary>
    public static RouteGroupBuilder MapManagementApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(BasePath).RequireAuthorization(BackofficePolicies.Backoffice).WithTags("Management");
}
