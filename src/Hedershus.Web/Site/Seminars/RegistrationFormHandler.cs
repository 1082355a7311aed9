using System.Globalization;
using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Seminars;
using Hedershus.Web.Api.Public.Seminars;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using F = Hedershus.Web.Site.Seminars.RegistrationFormFields;

namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Takes the registration form's POST. Before anything is stored: the anti-forgery token, the honeypot (a field
/// people never see), the protected render stamp (minimum fill time), then the per-client rate limit shared with
/// the API. Then the same registration service and rules as the API. Any refusal shows the form again with what was
/// typed and the problem next to its field; success shows the outcome.
/// </summary>
public sealed class RegistrationFormHandler(
    SeminarPageBuilder pages,
    RegistrationService registrations,
    GroupRegistrationService groups,
    SeminarCatalog catalog,
    SeminarRateLimit rateLimit,
    RegistrationFormStamp stamps,
    IAntiforgery antiforgery,
    SiteViewBuilder views,
    PublishedSnapshotService snapshots)
{
    private static readonly FormOptions FormLimits = new() { ValueCountLimit = 1000, KeyLengthLimit = 200, ValueLengthLimit = 10_000 };

    public async Task<IResult> HandleAsync(HttpContext http, string culture, Guid seminarKey, CancellationToken cancellationToken)
    {
        if (pages.ContentView(seminarKey, culture) is not { } content || catalog.Find(seminarKey, culture) is not { } seminar)
        {
            return SiteEndpoints.Page(views.NotFound(snapshots.Current, culture), StatusCodes.Status404NotFound);
        }

        var text = SeminarTexts.For(culture);
        var values = await ReadAsync(http, cancellationToken);
        var rows = int.TryParse(values?.Text(F.Rows), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? Math.Clamp(r, 0, pages.MaxGroupSize) : 0;
        var again = new Again(http, content, rows, values ?? RegistrationFormValues.Empty);
        if (values is null || !values.IsBlank(F.Honeypot))
        {
            return await AgainAsync(again, [], text.Rejected, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await AgainAsync(again, [], text.MissingCookie, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (stamps.Check(values.Text(RegistrationFormStamp.FieldName), seminarKey) != StampCheck.Valid)
        {
            return await AgainAsync(again, [], text.FormStale, StatusCodes.Status400BadRequest, cancellationToken);
        }

        if (!await rateLimit.TryAcquireAsync(http))
        {
            return await AgainAsync(again, [], text.RateLimited, StatusCodes.Status429TooManyRequests, cancellationToken);
        }

        return await RegisterAsync(again, seminar, culture, text, cancellationToken);
    }

    private async Task<IResult> RegisterAsync(Again again, Seminar seminar, string culture, SeminarText text, CancellationToken cancellationToken)
    {
        IReadOnlyList<int> rows = [];
        try
        {
            if (again.Rows == 0)
            {
                var result = await registrations.RegisterAsync(seminar.Key, RegistrationFormReader.Single(again.Values, seminar.Questions, culture), cancellationToken);
                return Done(again, [new RegisteredPerson(again.Values.Text(F.Name), again.Values.Text(F.Email), result.Status, result.Position)], group: false);
            }

            (var request, rows) = RegistrationFormReader.Group(again.Values, seminar.Questions, culture, again.Rows);
            var outcome = await groups.RegisterGroupAsync(seminar.Key, request, cancellationToken);
            return Done(again, outcome.Members.Select((m, i) => new RegisteredPerson(request.Members![i].Name!.Trim(), m.Email, m.Status, m.Position)).ToList(), group: true);
        }
        catch (InputValidationException e)
        {
            var errors = e.Errors.ToDictionary(x => ToRow(x.Key, rows), x => x.Value, StringComparer.Ordinal);
            var messages = RegistrationErrors.For(errors, again.Values, seminar.Questions, again.Rows, text, pages.MaxGroupSize);
            return await AgainAsync(again, messages, null, StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (ConflictException e)
        {
            var (errors, problem) = Conflict(e, rows, text);
            return await AgainAsync(again, errors, problem, StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    /// <summary>A duplicate is the e-mail field's error; anything else (closed, full) is about the whole form.</summary>
    private static (IReadOnlyList<FieldError> Errors, string? Problem) Conflict(ConflictException e, IReadOnlyList<int> rows, SeminarText text)
    {
        var reason = e.Details.GetValueOrDefault("reason") as string;
        if (reason == "duplicate")
        {
            var field = e.Details.GetValueOrDefault("member") is int member && member < rows.Count ? F.Member(rows[member], F.Email) : F.Email;
            return ([RegistrationErrors.Error(field, text.EmailDuplicate, text)], null);
        }

        return reason == "full" && e.Details.GetValueOrDefault("seatsLeft") is int left
            ? ([], string.Format(CultureInfo.InvariantCulture, text.GroupDoesNotFit, left))
            : ([], reason switch { "full" => text.Full, "membersOnly" => text.MembersOnlyRefused, _ => text.Closed });
    }

    /// <summary>"members[1].email" of the people sent → the same field of the box they were typed in.</summary>
    private static string ToRow(string field, IReadOnlyList<int> rows) =>
        field.StartsWith("members[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var end and > 8
        && int.TryParse(field[8..end], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < rows.Count
            ? F.Member(rows[index], field[(end + 2)..])
            : field;

    private Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult Done(Again again, IReadOnlyList<RegisteredPerson> people, bool group) =>
        SiteEndpoints.Page(pages.Result(again.Content, people, group), StatusCodes.Status200OK);

    private async Task<IResult> AgainAsync(Again again, IReadOnlyList<FieldError> errors, string? problem, int status, CancellationToken cancellationToken)
    {
        var state = new SeminarFormState(true, again.Rows, again.Values, errors, problem);
        return SiteEndpoints.Page(await pages.BuildAsync(again.Http, again.Content, state, cancellationToken), status);
    }

    /// <summary>The posted form within small limits; null when the body is not a readable form.</summary>
    private static async Task<RegistrationFormValues?> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return null;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, FormLimits));
        try
        {
            return RegistrationFormValues.From(await http.Request.ReadFormAsync(cancellationToken));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private sealed record Again(HttpContext Http, SiteView Content, int Rows, RegistrationFormValues Values);
}
