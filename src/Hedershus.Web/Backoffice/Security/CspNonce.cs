using System.Security.Cryptography;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>
/// The nonce of the current request's Content-Security-Policy (scoped): backoffice pages put it on their own
/// <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements, so no <c>unsafe-inline</c> is ever needed.
/// </summary>
public sealed class CspNonce
{
    /// <summary>Base64url: the characters need no escaping in an HTML attribute, so the page carries it as sent.</summary>
    public string Value { get; } = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
