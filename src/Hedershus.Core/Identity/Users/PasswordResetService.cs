using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.AspNetCore.Identity;

namespace Hedershus.Core.Identity.Users;

/// <summary>
/// "Forgot password": a reset link by e-mail through the outbox, and setting the new password with the link's token.
/// The request answers the same whether or not the address belongs to a user, so it reveals no accounts.
/// </summary>
public sealed class PasswordResetService(HedershusDbContext db, UserManager<HedershusUser> users, AccountMailer mailer, OutboxSignal outboxSignal, IAuditLog audit)
{
    public async Task RequestAsync(string? email, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || BackofficeUserState.IsDisabled(user.LockoutEnd))
        {
            return;
        }

        mailer.AddPasswordReset(user, await users.GeneratePasswordResetTokenAsync(user));
        await db.SaveChangesAsync(cancellationToken);
        outboxSignal.Written();
    }

    /// <summary>Sets the new password; a wrong or used token and a weak password are field errors ("token", "password").</summary>
    public async Task ResetAsync(string? userId, string? token, string? password, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(token) || BackofficeUserState.IsDisabled(user.LockoutEnd))
        {
            throw new InputValidationException("token", "The link is not valid (any more). Ask for a new one.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ResetPasswordAsync(user, token, password ?? "");
        if (!result.Succeeded)
        {
            var tokenWrong = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            throw tokenWrong
                ? new InputValidationException("token", "The link is not valid (any more). Ask for a new one.")
                : new InputValidationException(new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() });
        }

        user.MustChangePassword = false;
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        BackofficeUserService.Check(await users.UpdateAsync(user));
        audit.Add(BackofficeUserService.Record(AuditActions.UserPasswordReset, user, "e-mail link"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
