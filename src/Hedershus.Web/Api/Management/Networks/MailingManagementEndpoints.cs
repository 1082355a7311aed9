using Hedershus.Core.Networks.Mailings;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.Networks;

/// <summary>
/// Coordinators' mailings in the management API (policy Networks): a network's mailings with delivery counts, write
/// and change a draft, delete it, send it. Sending writes the outbox in batches and answers when every member's
/// message is written; a send that stopped half-way is finished by sending again. Members' addresses that stopped
/// receiving mailings after permanent failures are listed, and clearing one resumes mailings to it.
/// </summary>
public static class MailingManagementEndpoints
{
    public static RouteGroupBuilder MapMailingManagementEndpoints(this RouteGroupBuilder management)
    {
        var group = management.MapGroup("/networks").RequireAuthorization(BackofficePolicies.Networks).WithTags("Mailings");
        group.MapGet("/{id:guid}/mailings", ListAsync).WithName("ListNetworkMailings");
        group.MapPost("/{id:guid}/mailings", CreateAsync).WithName("CreateNetworkMailing");
        group.MapGet("/mailings/{mailingId:guid}", GetAsync).WithName("GetNetworkMailing");
        group.MapPut("/mailings/{mailingId:guid}", UpdateAsync).WithName("UpdateNetworkMailing");
        group.MapDelete("/mailings/{mailingId:guid}", DeleteAsync).WithName("DeleteNetworkMailing");
        group.MapPost("/mailings/{mailingId:guid}/send", SendAsync).WithName("SendNetworkMailing");
        group.MapGet("/{id:guid}/mailings/stopped-addresses", StoppedAsync).WithName("ListStoppedMailingAddresses");
        group.MapPost("/{id:guid}/mailings/stopped-addresses/{addressId:long}/clear", ClearStoppedAsync).WithName("ClearStoppedMailingAddress");
        return management;
    }

    private static async Task<Ok<List<MailingAnswer>>> ListAsync(Guid id, MailingService mailings, CancellationToken cancellationToken) =>
        TypedResults.Ok((await mailings.ListAsync(id, cancellationToken)).Select(MailingAnswer.Of).ToList());

    private static async Task<Created<MailingAnswer>> CreateAsync(Guid id, MailingInput? body, MailingService mailings, CancellationToken cancellationToken)
    {
        var mailing = MailingAnswer.Of(await mailings.CreateAsync(id, body, cancellationToken));
        return TypedResults.Created($"{ManagementApi.BasePath}/networks/mailings/{mailing.Id}", mailing);
    }

    private static async Task<Ok<MailingAnswer>> GetAsync(Guid mailingId, MailingService mailings, CancellationToken cancellationToken) =>
        TypedResults.Ok(MailingAnswer.Of(await mailings.GetAsync(mailingId, cancellationToken)));

    private static async Task<Ok<MailingAnswer>> UpdateAsync(Guid mailingId, MailingInput? body, MailingService mailings, CancellationToken cancellationToken) =>
        TypedResults.Ok(MailingAnswer.Of(await mailings.UpdateAsync(mailingId, body, cancellationToken)));

    private static async Task<NoContent> DeleteAsync(Guid mailingId, MailingService mailings, CancellationToken cancellationToken)
    {
        await mailings.DeleteAsync(mailingId, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MailingAnswer>> SendAsync(Guid mailingId, MailingSender sender, MailingService mailings, CancellationToken cancellationToken)
    {
        await sender.SendAsync(mailingId, cancellationToken);
        return TypedResults.Ok(MailingAnswer.Of(await mailings.GetAsync(mailingId, cancellationToken)));
    }

    private static async Task<Ok<IReadOnlyList<StoppedAddress>>> StoppedAsync(Guid id, MailingBounceService bounces, CancellationToken cancellationToken) =>
        TypedResults.Ok(await bounces.ListAsync(id, cancellationToken));

    private static async Task<NoContent> ClearStoppedAsync(Guid id, long addressId, MailingBounceService bounces, CancellationToken cancellationToken)
    {
        await bounces.ClearAsync(id, addressId, cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <summary>A mailing in JSON: status in lower case, texts by culture, delivery counts of its messages.</summary>
public sealed record MailingAnswer(
    Guid Id, Guid NetworkId, string NetworkName, string Status, Dictionary<string, MailingTextInput> Texts, string? CreatedBy,
    DateTime CreatedAt, DateTime? SentAt, int Recipients, MailingCounts Delivery)
{
    public static MailingAnswer Of(MailingView m) => new(m.Id, m.NetworkId, m.NetworkName, m.Status.ToString().ToLowerInvariant(),
        m.Texts.ToDictionary(t => t.Culture, t => new MailingTextInput(t.Subject, t.Body)), m.CreatedBy, m.CreatedAt, m.SentAt, m.Recipients, m.Counts);
}
