using System.Security.Cryptography;
using System.Text;

namespace Hedershus.Core.Common;

/// <summary>Secrets for e-mailed links: 256 random bits, base64url in the link, SHA-256 in the database.</summary>
public static class SecretTokens
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether <paramref name="token"/> has the shape of one of ours; anything else is not looked up.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
