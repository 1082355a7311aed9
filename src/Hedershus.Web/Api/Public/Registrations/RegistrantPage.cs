using System.Globalization;
using System.Net;
using System.Text;
using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Public.Registrations;

/// <summary>The registrant's page as plain, self-contained HTML in their language (no script, no cookie, no outside request).</summary>
internal static class RegistrantPage
{
    public enum Done { Cancelled, Accepted, Declined }

    private static readonly Dictionary<string, Dictionary<string, string>> Words = new()
    {
        ["sv"] = new()
        {
            ["title"] = "Din anmälan", ["confirmed"] = "Du har en plats.", ["waitlisted"] = "Du står på plats {0} i väntelistan.",
            ["pending"] = "Din anmälan granskas.", ["offered"] = "En plats är ledig för dig till {0} (UTC).", ["cancelled"] = "Anmälan är avbokad.",
            ["cancel"] = "Avboka", ["accept"] = "Tacka ja", ["decline"] = "Tacka nej", ["starts"] = "Startar",
            ["Cancelled"] = "Klart: anmälan är avbokad.", ["Accepted"] = "Klart: platsen är din.", ["Declined"] = "Klart: du har tackat nej.",
        },
        ["en"] = new()
        {
            ["title"] = "Your registration", ["confirmed"] = "You have a seat.", ["waitlisted"] = "You are number {0} on the waiting list.",
            ["pending"] = "Your registration is being reviewed.", ["offered"] = "A seat is free for you until {0} (UTC).", ["cancelled"] = "The registration is cancelled.",
            ["cancel"] = "Cancel", ["accept"] = "Accept", ["decline"] = "Decline", ["starts"] = "Starts",
            ["Cancelled"] = "Done: the registration is cancelled.", ["Accepted"] = "Done: the seat is yours.", ["Declined"] = "Done: you have declined.",
        },
    };

    public static ContentHttpResult Render(RegistrantView view, string token, Done? done)
    {
        var language = RegistrationMail.TemplateLanguage(view.Language);
        var w = Words[language];
        var status = Seminars.RegistrationResponse.StatusName(view.Status);
        var detail = view.Status == RegistrationStatus.Offered ? view.OfferExpiresAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : view.PlaceInLine?.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><meta name=\"robots\" content=\"noindex\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"viewport\" content=\"width=device-width\"><title>{E(w["title"])}</title></head><body><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(view.SeminarName)}</h1>");
        if (done is { } d)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"status\">{E(w[d.ToString()])}</p>");
        }

        if (view.Begins is { } begins)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(w["starts"])}: {begins:yyyy-MM-dd HH:mm} UTC</p>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Format(CultureInfo.InvariantCulture, w[status], detail))}</p>");
        if (view.Status == RegistrationStatus.Offered)
        {
            html.Append(Button(token, "acceptera", w["accept"])).Append(Button(token, "avboja", w["decline"]));
        }
        else if (view.Status != RegistrationStatus.Cancelled)
        {
            html.Append(Button(token, "avboka", w["cancel"]));
        }

        html.Append("</main></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string Button(string token, string action, string label) =>
        $"<form method=\"post\" action=\"/seminarier/anmalan/{E(token)}/{action}\"><button type=\"submit\">{E(label)}</button></form>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
