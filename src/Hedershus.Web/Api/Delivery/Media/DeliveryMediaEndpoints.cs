using Hedershus.Core.Media;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hedershus.Web.Api.Delivery.Media;

/// <summary>
/// The media half of the Delivery API, as Umbraco serves it: a children query, an item by id or by path of
/// names, and several items by id. Bad parameters answer 400 ProblemDetails naming the parameter.
/// </summary>
public static class DeliveryMediaEndpoints
{
    public static RouteGroupBuilder MapDeliveryMediaEndpoints(this RouteGroupBuilder delivery)
    {
        var group = delivery.MapGroup("/media").WithTags("Media");
        group.MapGet("", QueryAsync).WithName("GetMedia2.0");
        group.MapGet("/item/{id:guid}", ByIdAsync).WithName("GetMediaItemById2.0");
        group.MapGet("/item/{*path}", ByPathAsync).WithName("GetMediaItemByPath2.0");
        group.MapGet("/items", ByIdsAsync).WithName("GetMediaItems2.0");
        return group;
    }

    private static async Task<Ok<DeliveryPage<DeliveryMediaItem>>> QueryAsync(
        HttpRequest request,
        MediaLibrary library,
        DeliveryMediaItemFactory factory,
        CancellationToken cancellationToken,
        string? fetch = null,
        [FromQuery] string[]? filter = null,
        [FromQuery] string[]? sort = null,
        int skip = 0,
        int take = 10)
    {
        var query = MediaQuery.Parse(fetch, filter, sort);
        var page = await library.QueryAsync(query, skip, take, cancellationToken);
        var items = await factory.CreateAsync(page.Items, request, cancellationToken);
        return TypedResults.Ok(new DeliveryPage<DeliveryMediaItem>(page.Total, items));
    }

    private static async Task<Results<Ok<DeliveryMediaItem>, NotFound>> ByIdAsync(
        Guid id, HttpRequest request, MediaLibrary library, DeliveryMediaItemFactory factory, CancellationToken cancellationToken) =>
        await ItemAsync(await library.FindAsync(id, cancellationToken), request, factory, cancellationToken);

    private static async Task<Results<Ok<DeliveryMediaItem>, NotFound>> ByPathAsync(
        string? path, HttpRequest request, MediaLibrary library, DeliveryMediaItemFactory factory, CancellationToken cancellationToken) =>
        await ItemAsync(await library.FindByPathAsync(path ?? "", cancellationToken), request, factory, cancellationToken);

    private static async Task<Ok<IReadOnlyList<DeliveryMediaItem>>> ByIdsAsync(
        [FromQuery] Guid[]? id, HttpRequest request, MediaLibrary library, DeliveryMediaItemFactory factory, CancellationToken cancellationToken)
    {
        var items = await library.FindManyAsync(id ?? [], cancellationToken);
        return TypedResults.Ok(await factory.CreateAsync(items, request, cancellationToken));
    }

    private static async Task<Results<Ok<DeliveryMediaItem>, NotFound>> ItemAsync(
        MediaItem? item, HttpRequest request, DeliveryMediaItemFactory factory, CancellationToken cancellationToken)
    {
        if (item is null)
        {
            return TypedResults.NotFound();
        }

        var created = await factory.CreateAsync([item], request, cancellationToken);
        return TypedResults.Ok(created[0]);
    }
}
