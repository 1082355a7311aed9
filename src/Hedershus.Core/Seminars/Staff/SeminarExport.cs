using System.Globalization;
using System.Text;
using System.Text.Json;
using SpreadCheetah;

namespace Hedershus.Core.Seminars.Staff;

/// <summary>
/// A seminar's registrations as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads å, ä, ö) and as Excel
/// (.xlsx). A CSV cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
/// gets a leading apostrophe: registrants type these fields, staff open the file. In .xlsx every cell is written as
/// text, which Excel never evaluates.
/// </summary>
public static class SeminarExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Columns =
        ["name", "email", "organisation", "organisationType", "municipality", "role", "language", "status", "position", "registeredAt", "attended"];

    public static byte[] Csv(IReadOnlyList<StaffRegistration> registrations)
    {
        var text = new StringBuilder();
        foreach (var row in Rows(registrations))
        {
            text.AppendJoin(',', row.Select(CsvCell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static async Task<byte[]> XlsxAsync(IReadOnlyList<StaffRegistration> registrations, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await spreadsheet.StartWorksheetAsync("Registrations", token: cancellationToken);
            foreach (var row in Rows(registrations))
            {
                await spreadsheet.AddRowAsync(row.Select(value => new DataCell(value)).ToArray(), cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    /// <summary>A header row, then one row per registration; answers to custom questions follow in alias order.</summary>
    public static IEnumerable<string[]> Rows(IReadOnlyList<StaffRegistration> registrations)
    {
        var questions = registrations.SelectMany(r => r.Answers.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        yield return [.. Columns, .. questions.Select(q => "answers." + q)];
        foreach (var r in registrations)
        {
            string[] fields =
            [
                r.Name, r.Email, r.Organisation ?? "", r.OrganisationType ?? "", r.Municipality ?? "", r.Role ?? "", r.Language,
                StatusName(r.Status), r.Position?.ToString(CultureInfo.InvariantCulture) ?? "",
                r.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                r.Attended switch { true => "yes", false => "no", null => "" },
            ];
            yield return [.. fields, .. questions.Select(q => r.Answers.TryGetValue(q, out var answer) ? AnswerText(answer) : "")];
        }
    }

    public static string StatusName(RegistrationStatus status) => status == RegistrationStatus.PendingApproval ? "pending" : status.ToString().ToLowerInvariant();

    private static string AnswerText(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.String => answer.GetString()!,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => string.Join("; ", answer.EnumerateArray().Select(AnswerText)),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => answer.GetRawText(),
    };

    private static string CsvCell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
