using System.Security.Cryptography;
using System.Text;
using Hedershus.Core.Data;

namespace Hedershus.Core.Seminars;

/// <summary>Makes and recognises registrant tokens: 256 random bits, base64url in the link, SHA-256 in the database.</summary>
public static class RegistrationTokens
{
    public const int TokenBytes = 32;

    /// <summary>Stages a new token for <paramref name="registration"/> (saved with the caller's unit of work) and returns its clear text.</summary>
    public static string Issue(HedershusDbContext db, SeminarRegistration registration, DateTime now)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));
        // A registration not yet saved is linked through the navigation, so EF fills in its id on save; a saved one by
        // id, so an untracked copy is not inserted again.
        db.Add(registration.Id == 0
            ? new RegistrationToken { Hash = Hash(token), CreatedAt = now, Registration = registration }
            : new RegistrationToken { Hash = Hash(token), CreatedAt = now, RegistrationId = registration.Id });
        return token;
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Whether <paramref name="token"/> has the shape of one of ours; anything else is not looked up.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
