using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Registrations;

/// <summary>
/// The page the link in a registration e-mail opens: GET shows the registration and buttons; only the buttons' POSTs
/// change anything, so a mail scanner that follows the link cancels nothing.
/// </summary>
public static class RegistrantPages
{
    public const string Path = "/seminarier/anmalan/{token}";

    public static IEndpointRouteBuilder MapRegistrantPages(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path).WithTags("Registrations").ExcludeFromDescription().AddEndpointFilter(RegistrantEndpoints.NoStoreAsync);
        group.MapGet("/", ShowAsync);
        group.MapPost("/avboka", CancelAsync);
        group.MapPost("/acceptera", AcceptAsync);
        group.MapPost("/avboja", DeclineAsync);
        return endpoints;
    }

    private static async Task<ContentHttpResult> ShowAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        RegistrantPage.Render(await registrants.FindAsync(token, cancellationToken), token, done: null);

    private static async Task<ContentHttpResult> CancelAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        RegistrantPage.Render(await registrants.CancelAsync(token, cancellationToken), token, RegistrantPage.Done.Cancelled);

    private static async Task<ContentHttpResult> AcceptAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        RegistrantPage.Render(await registrants.AcceptOfferAsync(token, cancellationToken), token, RegistrantPage.Done.Accepted);

    private static async Task<ContentHttpResult> DeclineAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        RegistrantPage.Render(await registrants.DeclineOfferAsync(token, cancellationToken), token, RegistrantPage.Done.Declined);
}
