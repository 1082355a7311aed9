using System.Security.Cryptography;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Members;

/// <summary>
/// Passwordless sign-in. Asking for a code does the same work and gives the same answer for every address, with or
/// without an account: the account is made when the code is used, which proves the address. Codes and link tokens
/// are stored hashed, expire soon and are consumed by one conditional update, so two uses cannot both win.
/// </summary>
public sealed class MemberSignInService(
    HedershusDbContext db, Outbox outbox, OutboxSignal outboxSignal, MemberLinks links, TimeProvider clock, IOptions<MemberOptions> options)
{
    /// <summary>Sends a code and link to <paramref name="email"/> unless it has had too many this hour; the caller learns nothing either way.</summary>
    public async Task RequestAsync(string? email, string? language, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(email))
        {
            throw new InputValidationException("email", "Not an e-mail address.");
        }

        var address = EmailAddress.Normalize(email!);
        var lang = MemberPaths.IsSwedish(language) ? "sv" : "en";
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var recent = await db.Set<MemberSignInCode>().CountAsync(c => c.Email == address && c.CreatedAt > now.AddHours(-1), cancellationToken);
        if (recent >= settings.CodesPerAddressPerHour)
        {
            return;
        }

        var token = SecretTokens.New();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var tokenHash = SecretTokens.Hash(token);
        db.Add(new MemberSignInCode
        {
            Email = address,
            TokenHash = tokenHash,
            CodeHash = CodeHash(tokenHash, code),
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(settings.CodeMinutes),
        });
        outbox.Add(MemberMail.SignIn(address, lang, code, links.SignInLink(lang, token), settings.CodeMinutes));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        outboxSignal.Written();
    }

    /// <summary>Signs in with the link's token; an unknown, used or expired token is a <see cref="NotFoundException"/>.</summary>
    public async Task<Member> RedeemLinkAsync(string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = SecretTokens.LooksValid(token) ? SecretTokens.Hash(token!) : null;
        var row = hash is null ? null : await db.Set<MemberSignInCode>().AsNoTracking()
            .SingleOrDefaultAsync(c => c.TokenHash == hash && c.UsedAt == null && c.ExpiresAt > now, cancellationToken);
        return row is not null && await ConsumeAsync(row.Id, now, cancellationToken)
            ? await AccountAsync(row.Email, now, cancellationToken)
            : throw new NotFoundException("The sign-in link is unknown, used or expired.");
    }

    /// <summary>Signs in with the six-digit code; a wrong one counts against every open code of the address.</summary>
    public async Task<Member> RedeemCodeAsync(string? email, string? code, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var address = EmailAddress.IsValid(email) ? EmailAddress.Normalize(email!) : null;
        var open = address is null || code is not { Length: 6 } || !code.All(char.IsAsciiDigit) ? [] : await db.Set<MemberSignInCode>().AsNoTracking()
            .Where(c => c.Email == address && c.UsedAt == null && c.ExpiresAt > now).ToListAsync(cancellationToken);
        var match = open.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(c.CodeHash), System.Text.Encoding.ASCII.GetBytes(CodeHash(c.TokenHash, code!))));
        if (match is not null && await ConsumeAsync(match.Id, now, cancellationToken))
        {
            return await AccountAsync(match.Email, now, cancellationToken);
        }

        await CountFailureAsync(open.Select(c => c.Id).ToList(), now, cancellationToken);
        throw new InputValidationException("code", "The code is wrong, used or expired.");
    }

    private async Task<bool> ConsumeAsync(long id, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<MemberSignInCode>().Where(c => c.Id == id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken) == 1;

    private async Task CountFailureAsync(List<long> ids, DateTime now, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var max = options.Value.MaxCodeAttempts;
        await db.Set<MemberSignInCode>().Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), cancellationToken);
        await db.Set<MemberSignInCode>().Where(c => ids.Contains(c.Id) && c.FailedAttempts >= max)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), cancellationToken);
    }

    /// <summary>The account of the address, made now if this is its first sign-in.</summary>
    private async Task<Member> AccountAsync(string email, DateTime now, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().SingleOrDefaultAsync(m => m.Email == email, cancellationToken);
        if (member is null)
        {
            member = new Member { Key = Guid.NewGuid(), Email = email, CreatedAt = now };
            db.Add(member);
        }

        member.LastSignInAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first sign-ins of one address at once: the other made the account.
            db.ChangeTracker.Clear();
            member = await db.Set<Member>().SingleAsync(m => m.Email == email, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return member;
    }

    private static string CodeHash(string tokenHash, string code) => SecretTokens.Hash(tokenHash + ":" + code);
}
