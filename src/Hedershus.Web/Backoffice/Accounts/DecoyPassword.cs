using System.Security.Cryptography;
using Hedershus.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hedershus.Web.Backoffice.Accounts;

/// <summary>
/// Checks a password against a hash nobody's password matches, so signing in with an unknown address costs as long as
/// with a known one and the answer time tells no one which addresses have accounts. A singleton with a hasher of its
/// own (Identity's is scoped), made with the same options, so it costs what a real check costs.
/// </summary>
public sealed class DecoyPassword
{
    private readonly PasswordHasher<HedershusUser> _hasher;
    private readonly HedershusUser _nobody = new();
    private readonly Lazy<string> _hash;

    public DecoyPassword(IOptions<PasswordHasherOptions> options)
    {
        _hasher = new PasswordHasher<HedershusUser>(options);
        _hash = new(() => _hasher.HashPassword(new HedershusUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));
    }

    public void Verify(string password) => _hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
