using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Dashboard;

/// <summary>
/// The dashboard lists read from the published snapshot: what visitors see is what needs checking, and reading it
/// costs no database query.
/// </summary>
public sealed class AttentionReports(
    PublishedSnapshotService snapshots, DocumentTypeRegistry types, CultureCatalog cultures, IOptions<DashboardOptions> options, TimeProvider clock)
{
    public const string LastReviewedAlias = "lastReviewed";
    public const string PhoneNumberBlockAlias = "phoneNumberBlock";

    /// <summary>Published pages whose last review is older than the review interval, or that were never reviewed; oldest first.</summary>
    public PagedResult<OverdueReviewItem> OverdueReviews(int skip, int take)
    {
        var interval = TimeSpan.FromDays(options.Value.ReviewIntervalDays);
        var cutoff = clock.GetUtcNow().UtcDateTime - interval;
        var items = new List<OverdueReviewItem>();
        foreach (var content in snapshots.Current.All)
        {
            if (types.Find(content.ContentType)?.Properties.Any(p => p.Alias == LastReviewedAlias) != true)
            {
                continue;
            }

            var lastReviewed = content.Cultures.Values.Select(c => c.Properties.TryGetValue(LastReviewedAlias, out var v) ? PublishedValues.Date(v) : null).Max();
            if (lastReviewed is null || lastReviewed < cutoff)
            {
                items.Add(new OverdueReviewItem(content.Key, content.ContentType, PublishedValues.Name(content, cultures.Default), lastReviewed, lastReviewed + interval));
            }
        }

        return Page(items.OrderBy(i => i.DueOn ?? DateTime.MinValue).ThenBy(i => i.Name, StringComparer.Ordinal), skip, take);
    }

    /// <summary>Published phone-number blocks whose <c>verifiedOn</c> is older than the verification period, or empty; oldest first.</summary>
    public PagedResult<UnverifiedNumberItem> UnverifiedNumbers(int skip, int take)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.PhoneVerificationDays);
        var items = new List<UnverifiedNumberItem>();
        foreach (var content in snapshots.Current.All)
        {
            var seen = new HashSet<Guid>();
            foreach (var block in content.Cultures.Values.SelectMany(c => c.Properties.Values).SelectMany(PhoneNumberBlocks))
            {
                var properties = block.GetProperty("properties");
                var verifiedOn = properties.TryGetProperty("verifiedOn", out var v) ? PublishedValues.Date(v) : null;
                if ((verifiedOn is null || verifiedOn < cutoff) && Guid.TryParse(PublishedValues.Text(block, "key"), out var key) && seen.Add(key))
                {
                    items.Add(new UnverifiedNumberItem(content.Key, content.ContentType, PublishedValues.Name(content, cultures.Default), key,
                        PublishedValues.Text(properties, "label") ?? "", PublishedValues.Text(properties, "number") ?? "", verifiedOn));
                }
            }
        }

        return Page(items.OrderBy(i => i.VerifiedOn ?? DateTime.MinValue).ThenBy(i => i.Label, StringComparer.Ordinal), skip, take);
    }

    private static IEnumerable<JsonElement> PhoneNumberBlocks(JsonElement value) =>
        value.ValueKind != JsonValueKind.Array
            ? []
            : value.EnumerateArray().Where(b => PublishedValues.Text(b, "contentType") == PhoneNumberBlockAlias &&
                                                b.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object);

    private static PagedResult<T> Page<T>(IEnumerable<T> ordered, int skip, int take)
    {
        var all = ordered.ToList();
        return new PagedResult<T>(all.Count, all.Skip(skip).Take(take).ToList());
    }
}
