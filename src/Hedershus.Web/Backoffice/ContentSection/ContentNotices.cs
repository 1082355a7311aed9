using Hedershus.Core.Common;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>
/// The confirmations a page shows after a redirect (post, redirect, get). Only these keys are read from the address,
/// so a link cannot put words of its own on a page.
/// </summary>
public static class ContentNotices
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "created", "saved", "published", "unpublished", "scheduled", "moved", "sorted", "trashed", "restored", "rolledback", "redirectdeleted",
        "reviewsent", "approved", "rejected", "withdrawn", "confirmed", "nativecleared",
    };

    public static string? Read(BackofficeText text, string? key) =>
        key is not null && Known.Contains(key) ? text["Notice." + key] : null;

    /// <summary>A refusal from Core as one readable message (its messages name the fields).</summary>
    public static string Describe(BackofficeText text, Exception exception) => text.Refusal(exception switch
    {
        InputValidationException e => string.Join(" ", e.Errors.SelectMany(kv => kv.Value)),
        _ => exception.Message,
    });
}
