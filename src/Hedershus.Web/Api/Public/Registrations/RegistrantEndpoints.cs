using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Registrations;

/// <summary>
/// A registrant's own registration through the token in their e-mail, as JSON for front-ends. Reading never changes
/// anything; every change is a POST (mail scanners follow links with GET). Answers are never cached.
/// </summary>
public static class RegistrantEndpoints
{
    public static IEndpointRouteBuilder MapRegistrantEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/registrations/{token}").WithTags("Registrations").AddEndpointFilter(NoStoreAsync);
        group.MapGet("/", GetAsync).WithName("GetOwnRegistration");
        group.MapPost("/cancel", CancelAsync).WithName("CancelOwnRegistration");
        group.MapPost("/accept", AcceptAsync).WithName("AcceptSeatOffer");
        group.MapPost("/decline", DeclineAsync).WithName("DeclineSeatOffer");
        return endpoints;
    }

    private static async Task<Ok<RegistrantItem>> GetAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegistrantItem.From(await registrants.FindAsync(token, cancellationToken)));

    private static async Task<Ok<RegistrantItem>> CancelAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegistrantItem.From(await registrants.CancelAsync(token, cancellationToken)));

    private static async Task<Ok<RegistrantItem>> AcceptAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegistrantItem.From(await registrants.AcceptOfferAsync(token, cancellationToken)));

    private static async Task<Ok<RegistrantItem>> DeclineAsync(string token, RegistrantService registrants, CancellationToken cancellationToken) =>
        TypedResults.Ok(RegistrantItem.From(await registrants.DeclineOfferAsync(token, cancellationToken)));

    internal static async ValueTask<object?> NoStoreAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }
}

/// <summary>A registration as its registrant sees it.</summary>
public sealed record RegistrantItem(
    Guid Id, Guid SeminarId, string SeminarName, DateTime? Begins, string Status, int? PlaceInLine, DateTime? OfferExpiresAt, string Name, string Language)
{
    public static RegistrantItem From(RegistrantView view) => new(view.Id, view.SeminarId, view.SeminarName, view.Begins,
        Seminars.RegistrationResponse.StatusName(view.Status), view.PlaceInLine, view.OfferExpiresAt, view.Name, view.Language);
}
