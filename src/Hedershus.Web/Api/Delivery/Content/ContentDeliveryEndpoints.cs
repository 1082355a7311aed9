using Hedershus.Core.Common;
using Hedershus.Core.Delivery;
using Hedershus.Core.Delivery.Output;
using Hedershus.Core.Delivery.Querying;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hedershus.Web.Api.Delivery.Content;

/// <summary>The content endpoints of the Delivery API v2, with Umbraco's operation ids.</summary>
public static class ContentDeliveryEndpoints
{
    public static RouteGroupBuilder MapContentDeliveryEndpoints(this RouteGroupBuilder delivery)
    {
        var content = delivery.MapGroup("/content").WithTags("Content");
        content.MapGet("", Query).WithName("GetContent2.0");
        content.MapGet("/item/{id:guid}", ItemById).WithName("GetContentItemById2.0");
        content.MapGet("/item/{*path}", ItemByPath).WithName("GetContentItemByPath2.0");
        content.MapGet("/items", Items).WithName("GetContentItems2.0");
        return delivery;
    }

    public static Task<FileContentHttpResult> Query(
        string? fetch,
        [FromQuery] string[]? filter,
        [FromQuery] string[]? sort,
        string? skip,
        string? take,
        string? expand,
        string? fields,
        DeliveryRequest request,
        DeliveryResponder responder,
        DeliveryContentService content,
        CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => content.Query(context, new DeliveryQueryParameters(fetch, filter, sort, skip, take, expand, fields)), cancellationToken);

    public static Task<FileContentHttpResult> ItemById(
        Guid id, string? expand, string? fields, DeliveryRequest request, DeliveryResponder responder, DeliveryContentService content, CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => content.ItemById(context, id, OutputSelection.Parse(expand, fields)), cancellationToken);

    public static async Task<Results<FileContentHttpResult, RedirectHttpResult>> ItemByPath(
        string? path, string? expand, string? fields, DeliveryRequest request, DeliveryResponder responder, DeliveryContentService content, CancellationToken cancellationToken)
    {
        if (responder.Cached(request) is { } cached)
        {
            return cached;
        }

        var context = await responder.ContextAsync(request, cancellationToken);
        if (content.ItemByPath(context, path, OutputSelection.Parse(expand, fields)) is { } body)
        {
            return responder.Json(request, context, body);
        }

        var redirect = await content.RedirectAsync(context, path, cancellationToken)
            ?? throw new NotFoundException($"There is no content item at '/{path}' in '{context.Culture}'.");
        return responder.Redirect(request, redirect);
    }

    public static Task<FileContentHttpResult> Items(
        [FromQuery] Guid[]? id, string? expand, string? fields, DeliveryRequest request, DeliveryResponder responder, DeliveryContentService content, CancellationToken cancellationToken) =>
        responder.RespondAsync(request, context => content.ItemsById(context, id ?? [], OutputSelection.Parse(expand, fields)), cancellationToken);
}
