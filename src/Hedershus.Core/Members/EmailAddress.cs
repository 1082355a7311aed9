using System.Net.Mail;

namespace Hedershus.Core.Members;

/// <summary>The address check of registration (a plain, routable address), and the one spelling addresses are stored in.</summary>
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
