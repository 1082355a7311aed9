using System.Security.Cryptography;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// The nonce of the current request's Content-Security-Policy (scoped): backoffice pages put it on their own
/// <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements, so no <c>unsafe-inline</c> is ever needed.
/// </summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
