using System.Net;
using Hedershus.Core.Mail;

namespace Hedershus.Core.Reviews;

/// <summary>The e-mail that tells a writer their page came back from review, in the writer's backoffice language.</summary>
internal static class ReviewMail
{
    public const string Kind = "review-rejected";

    public static MailDraft Rejected(string toAddress, ReviewRequest request, string pageName, string reviewer)
    {
        var english = request.RequesterLanguage.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var subject = english ? $"Returned from review: {pageName} ({request.Culture})" : $"Tillbaka från granskning: {pageName} ({request.Culture})";
        var intro = english
            ? $"{reviewer} returned your page \"{pageName}\" ({request.Culture}) with this comment:"
            : $"{reviewer} har skickat tillbaka din sida \"{pageName}\" ({request.Culture}) med den här kommentaren:";
        var outro = english
            ? "Make the changes in the backoffice and send the page for review again."
            : "Gör ändringarna i redigeringsläget och skicka sidan för granskning igen.";
        var comment = request.Comment ?? "";
        return new MailDraft
        {
            ToAddress = toAddress,
            Subject = subject,
            TextBody = $"{intro}\n\n{comment}\n\n{outro}\n",
            HtmlBody = $"<p>{WebUtility.HtmlEncode(intro)}</p><blockquote>{WebUtility.HtmlEncode(comment)}</blockquote><p>{WebUtility.HtmlEncode(outro)}</p>",
            Language = english ? "en" : "sv",
            Kind = Kind,
        };
    }
}
