using Hedershus.Core.Delivery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hedershus.Web.Api.Delivery.Media;

/// <summary>
/// The media half of the Delivery API, as Umbraco serves it: a children query, an item by id or by path of
/// names, and several items by id. Read from the media snapshot, cached and tagged like content answers. Bad
/// parameters answer 400 ProblemDetails naming the parameter; a missing item 404.
/// </summary>
public static class DeliveryMediaEndpoints
{
    public static RouteGroupBuilder MapDeliveryMediaEndpoints(this RouteGroupBuilder delivery)
    {
        var group = delivery.MapGroup("/media").WithTags("Media");
        group.MapGet("", Query).WithName("GetMedia2.0");
        group.MapGet("/item/{id:guid}", ItemById).WithName("GetMediaItemById2.0");
        group.MapGet("/item/{*path}", ItemByPath).WithName("GetMediaItemByPath2.0");
        group.MapGet("/items", Items).WithName("GetMediaItems2.0");
        return group;
    }

    public static Task<FileContentHttpResult> Query(
        DeliveryRequest request,
        DeliveryResponder responder,
        DeliveryMediaService media,
        CancellationToken cancellationToken,
        string? fetch = null,
        [FromQuery] string[]? filter = null,
        [FromQuery] string[]? sort = null,
        int skip = 0,
        int take = 10) =>
        responder.RespondAsync(request, context => media.Query(context, fetch, filter, sort, skip, take), cancellationToken);

    public static Task<FileContentHttpResult> ItemById(
        Guid id, DeliveryRequest request, DeliveryResponder responder, DeliveryMediaService media, CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => media.ItemById(context, id), cancellationToken);

    public static Task<FileContentHttpResult> ItemByPath(
        string? path, DeliveryRequest request, DeliveryResponder responder, DeliveryMediaService media, CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => media.ItemByPath(context, path), cancellationToken);

    public static Task<FileContentHttpResult> Items(
        [FromQuery] Guid[]? id, DeliveryRequest request, DeliveryResponder responder, DeliveryMediaService media, CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => media.ItemsById(context, id ?? []), cancellationToken);
}
