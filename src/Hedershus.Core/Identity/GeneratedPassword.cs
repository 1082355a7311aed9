using System.Security.Cryptography;

namespace Hedershus.Core.Identity;

/// <summary>Strong random passwords that satisfy the password policy (every character class present).</summary>
internal static class GeneratedPassword
{
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";

    // Symbols that survive copying from a terminal and pasting into a shell or a form unquoted.
    private const string Symbols = "-_.+=%";

    public const int Length = 24;

    public static string Create()
    {
        var characters = new char[Length];
        characters[0] = Pick(Lower);
        characters[1] = Pick(Upper);
        characters[2] = Pick(Digits);
        characters[3] = Pick(Symbols);
        for (var i = 4; i < characters.Length; i++)
        {
            characters[i] = Pick(Lower + Upper + Digits + Symbols);
        }

        RandomNumberGenerator.Shuffle(characters.AsSpan());
        return new string(characters);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
