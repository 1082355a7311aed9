using System.Security.Cryptography;
using System.Text;

namespace Hedershus.Web.Backoffice.Security;

/// <summary>The <c>Api-Key</c> header that automation sends to the management API (and preview to the Delivery API).</summary>
public static class ApiKeys
{
    public const string HeaderName = "Api-Key";

    /// <summary>Constant-time comparison; an unset expected key never matches.</summary>
    public static bool Matches(string? presented, string? expected) =>
        !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(presented) &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
