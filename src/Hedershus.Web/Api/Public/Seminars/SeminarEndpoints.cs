using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Seminars;

/// <summary>The public seminar API for front-ends: the calendar, one seminar, and registering. No cookies.</summary>
public static class SeminarEndpoints
{
    public static IEndpointRouteBuilder MapSeminarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/seminars").WithTags("Seminars");
        group.MapGet("/", ListSeminarsAsync).WithName("ListSeminars");
        group.MapGet("/{id:guid}", GetSeminarAsync).WithName("GetSeminar");
        // One limiter for the API and the site's form, so a client cannot double its allowance by switching.
        var rateLimit = endpoints.ServiceProvider.GetRequiredService<SeminarRateLimit>();
        group.MapPost("/{id:guid}/registrations", RegisterAsync).WithName("RegisterForSeminar").AddEndpointFilter(rateLimit);
        group.MapPost("/{id:guid}/group-registrations", RegisterGroupAsync).WithName("RegisterGroupForSeminar").AddEndpointFilter(rateLimit);
        return endpoints;
    }

    private static async Task<Ok<List<SeminarItem>>> ListSeminarsAsync(
        HttpContext context, SeminarCatalog catalog, CultureCatalog cultures,
        string? culture, string? audience, string? topic, string? month, bool? online, CancellationToken cancellationToken)
    {
        var query = new SeminarQuery(Culture(context, cultures, culture), audience, topic, Month(month), online);
        var listings = await catalog.ListAsync(query, cancellationToken);
        return TypedResults.Ok(listings.Select(SeminarItem.From).ToList());
    }

    private static async Task<Ok<SeminarItem>> GetSeminarAsync(
        Guid id, HttpContext context, SeminarCatalog catalog, CultureCatalog cultures, string? culture, CancellationToken cancellationToken) =>
        TypedResults.Ok(SeminarItem.From(await catalog.GetAsync(id, Culture(context, cultures, culture), cancellationToken)));

    private static async Task<Created<RegistrationResponse>> RegisterAsync(
        Guid id, RegistrationRequest request, RegistrationService registrations, CancellationToken cancellationToken)
    {
        var result = await registrations.RegisterAsync(id, request, cancellationToken);
        return TypedResults.Created((string?)null, RegistrationResponse.From(result));
    }

    private static async Task<Created<GroupRegistrationResponse>> RegisterGroupAsync(
        Guid id, GroupRegistrationRequest request, GroupRegistrationService groups, CancellationToken cancellationToken)
    {
        var result = await groups.RegisterGroupAsync(id, request, cancellationToken);
        return TypedResults.Created((string?)null, GroupRegistrationResponse.From(result));
    }

    /// <summary>?culture=, else the first known culture of Accept-Language, else the default.</summary>
    private static string Culture(HttpContext context, CultureCatalog cultures, string? requested)
    {
        if (requested is not null)
        {
            return cultures.Normalize(requested) ?? throw new InputValidationException("culture", "Not a language of this site.");
        }

        var accepted = context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value);
        return accepted.Select(cultures.Normalize).FirstOrDefault(c => c is not null) ?? cultures.Default;
    }

    private static DateOnly? Month(string? month) =>
        month is null ? null
        : DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new InputValidationException("month", "Expected a month as yyyy-MM.");
}
