namespace Hedershus.Core.Seminars;

/// <summary>
/// A secret link to one registration, stored only as its SHA-256 hash. A registration gets a new token with every
/// e-mail that carries a link (the clear token exists only in that e-mail), and every token stays valid until the
/// registration's personal data is removed.
/// </summary>
public sealed class RegistrationToken
{
    public long Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token's text.</summary>
    public string Hash { get; set; } = "";

    public long RegistrationId { get; set; }
    public SeminarRegistration? Registration { get; set; }
    public DateTime CreatedAt { get; set; }
}
