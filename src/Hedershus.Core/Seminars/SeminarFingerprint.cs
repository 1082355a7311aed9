using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Time and place of a seminar in one short value, so "has it changed since we last told the registrant?" is a
/// comparison. A seminar that is no longer published has the value <see cref="Withdrawn"/>.
/// </summary>
public static class SeminarFingerprint
{
    public const string Withdrawn = "withdrawn";

    public static string Of(Seminar? seminar)
    {
        if (seminar is null)
        {
            return Withdrawn;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{seminar.StartDate:O}|{seminar.Location}");
        foreach (var session in seminar.Sessions)
        {
            text.Append(CultureInfo.InvariantCulture, $"|{session.Start:O}/{session.End:O}/{session.Place}/{session.Online}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
