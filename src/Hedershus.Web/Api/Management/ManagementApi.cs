namespace Hedershus.Web.Api.Management;

public static class ManagementApi
{
    public const string BasePath = "/umbraco/management/api/v1";

    public static IServiceCollection AddManagementApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ManagementApiOptions>().Bind(configuration.GetSection(ManagementApiOptions.Section));
        services.AddSingleton<ManagementApiKeyFilter>();
        return services;
    }

    /// <summary>The authenticated group every management endpoint class maps into.</summary>
    public static RouteGroupBuilder MapManagementApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath).AddEndpointFilter<ManagementApiKeyFilter>().WithTags("Management");
        return group;
    }
}
