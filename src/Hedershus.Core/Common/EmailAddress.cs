using System.Net.Mail;

namespace Hedershus.Core.Common;

/// <summary>
/// The address check of registrations and members: a plain address (no display name, quotes, spaces or address
/// literal) whose domain has at least two labels of letters, digits and hyphens, what a mail server will route, so a
/// typo is caught while the person is still here. Also the one spelling addresses are stored in.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > MaxLength)
        {
            return false;
        }

        var trimmed = value.Trim();
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed
            && !trimmed.Any(c => char.IsWhiteSpace(c) || c is '"' or '(' or ')' || char.IsControl(c))
            && address.User.Length is > 0 and <= 64 && !address.User.StartsWith('.') && !address.User.EndsWith('.')
            && !address.User.Contains("..", StringComparison.Ordinal)
            && address.Host.Split('.') is { Length: >= 2 } labels
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }
}
