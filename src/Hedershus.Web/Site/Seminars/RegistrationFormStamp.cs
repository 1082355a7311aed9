using System.Globalization;
using System.Security.Cryptography;
using Hedershus.Core.Seminars;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Site.Seminars;

public enum StampCheck
{
    Valid,

    /// <summary>Sent sooner after rendering than a person fills the form in (<c>Seminars:MinFillSeconds</c>).</summary>
    TooFast,

    /// <summary>Missing, forged, for another seminar, or older than a day.</summary>
    Invalid,
}

/// <summary>
/// When the registration form was rendered, for which seminar, in a hidden field protected with ASP.NET Data
/// Protection: the client can neither read nor change it, so the minimum fill time does not trust the client's clock.
/// </summary>
public sealed class RegistrationFormStamp(IDataProtectionProvider dataProtection, TimeProvider clock, IOptions<SeminarOptions> options)
{
    public const string FieldName = "stamp";

    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Hedershus.Seminars.RegistrationFormStamp");

    public string Issue(Guid seminarKey) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{seminarKey:N}|{clock.GetUtcNow().ToUnixTimeMilliseconds()}"));

    public StampCheck Check(string? stamp, Guid seminarKey)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1000 || Unprotect(stamp) is not { } payload)
        {
            return StampCheck.Invalid;
        }

        var parts = payload.Split('|');
        if (parts.Length != 2 || parts[0] != seminarKey.ToString("N")
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var renderedAt))
        {
            return StampCheck.Invalid;
        }

        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(renderedAt);
        if (age < TimeSpan.Zero || age > MaxAge)
        {
            return StampCheck.Invalid;
        }

        return age < TimeSpan.FromSeconds(options.Value.MinFillSeconds) ? StampCheck.TooFast : StampCheck.Valid;
    }

    private string? Unprotect(string stamp)
    {
        try
        {
            return _protector.Unprotect(stamp);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
