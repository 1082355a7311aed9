using System.Security.Cryptography;
using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// Checks a password against a hash nobody's password matches, so signing in with an unknown address costs as long as
/// with a known one and the answer time tells no one which addresses have accounts.
/// </summary>
public sealed class DecoyPassword(IPasswordHasher<HedershusUser> hasher)
{
    private readonly HedershusUser _nobody = new();
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(new HedershusUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    public void Verify(string password) => hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
