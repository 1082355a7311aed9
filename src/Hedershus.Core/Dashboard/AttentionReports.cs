using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Reports;
using Hedershus.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Dashboard;

/// <summary>
/// The dashboard lists read from the published snapshot: what visitors see is what needs checking, and reading it
/// costs no database query.
/// </summary>
public sealed class AttentionReports(
    PublishedSnapshotService snapshots, UnverifiedNumbersReport numbers, DocumentTypeRegistry types, CultureCatalog cultures, IOptions<DashboardOptions> options, TimeProvider clock)
{
    public const string LastReviewedAlias = "lastReviewed";

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

    /// <summary>
    /// Published helpline numbers not verified for <see cref="DashboardOptions.PhoneVerificationDays"/> days, oldest first:
    /// the same report as the management API's <c>/reports/unverified-numbers</c>, so the two lists can never disagree.
    /// </summary>
    public PagedResult<UnverifiedNumber> UnverifiedNumbers(int skip, int take) =>
        Page(numbers.Find(options.Value.PhoneVerificationDays).Items, skip, take);

    private static PagedResult<T> Page<T>(IEnumerable<T> ordered, int skip, int take)
    {
        var all = ordered.ToList();
        return new PagedResult<T>(all.Count, all.Skip(skip).Take(take).ToList());
    }
}
