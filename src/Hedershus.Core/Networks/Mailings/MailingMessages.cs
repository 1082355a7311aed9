using System.Globalization;
using System.Net;
using Hedershus.Core.Mail;
using Hedershus.Core.Members;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Networks.Mailings;

/// <summary>
/// Builds one member's message of a mailing: their language's text (else Swedish), a footer saying why they get it
/// with the archive and unsubscribe addresses, and the List-Unsubscribe headers (RFC 2369, RFC 8058).
/// </summary>
public sealed class MailingMessages(MemberLinks links, IOptions<MailingOptions> options)
{
    public const string Kind = "network-mailing";

    private const string SwedishFooter = "Du får det här utskicket som medlem i {0}. Avslutar du utskicken är du fortfarande medlem.";
    private const string EnglishFooter = "You receive this mailing as a member of {0}. If you unsubscribe, you stay a member.";

    /// <summary>Whether the site's address is https, which RFC 8058 asks of a one-click unsubscribe address.</summary>
    public bool CanUnsubscribeByHttps => links.Absolute("/").StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public MailDraft Build(Mailing mailing, string networkName, MailingRecipient recipient, string token)
    {
        var text = mailing.TextFor(recipient.Language);
        var swedish = MemberPaths.IsSwedish(text.Culture);
        var unsubscribe = links.Absolute(MailingPaths.Unsubscribe + token);
        var archive = links.Absolute(MailingPaths.Archive(text.Culture, mailing.NetworkKey));
        var footer = string.Format(CultureInfo.InvariantCulture, swedish ? SwedishFooter : EnglishFooter, networkName);
        var paragraphs = text.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new MailDraft
        {
            ToAddress = recipient.Email,
            Subject = text.Subject,
            TextBody = string.Join("\n\n", paragraphs) + $"\n\n-- \n{footer}\n{(swedish ? "Tidigare utskick" : "Past mailings")}: {archive}\n"
                + $"{(swedish ? "Avsluta utskicken" : "Unsubscribe")}: {unsubscribe}\n",
            HtmlBody = $"<!DOCTYPE html><html lang=\"{text.Culture}\"><body>" + string.Concat(paragraphs.Select(Paragraph))
                + $"<hr><p>{WebUtility.HtmlEncode(footer)}</p><p><a href=\"{WebUtility.HtmlEncode(archive)}\">{(swedish ? "Tidigare utskick" : "Past mailings")}</a>"
                + $" · <a href=\"{WebUtility.HtmlEncode(unsubscribe)}\">{(swedish ? "Avsluta utskicken" : "Unsubscribe")}</a></p></body></html>",
            Language = text.Culture,
            Kind = Kind,
            IsMailing = true,
            ListUnsubscribe = ListUnsubscribe(unsubscribe),
        };
    }

    private string ListUnsubscribe(string url) =>
        string.IsNullOrWhiteSpace(options.Value.UnsubscribeMailto)
            ? $"<{url}>"
            : $"<{url}>, <mailto:{options.Value.UnsubscribeMailto.Trim()}?subject=unsubscribe>";

    private static string Paragraph(string paragraph) =>
        "<p>" + WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>";
}
