using System.Net.Mail;
using System.Security.Claims;
using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Hedershus.Core.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Identity.Users;

/// <summary>
/// Administrators manage backoffice users here: list, invite (an e-mail with a link to choose a password), change
/// groups, cultures and start nodes, disable and enable. Only administrators may call it; every change renews the
/// user's security stamp, so a signed-in session picks it up (or ends) soon.
/// </summary>
public sealed class BackofficeUserService(
    HedershusDbContext db,
    UserManager<HedershusUser> users,
    UserSettingsValidator validator,
    AccountMailer mailer,
    OutboxSignal outboxSignal,
    ICurrentActor actor,
    IAuditLog audit)
{
    public async Task<IReadOnlyList<BackofficeUserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var summaries = new List<BackofficeUserSummary>(all.Count);
        foreach (var user in all)
        {
            summaries.Add(await SummaryAsync(user));
        }

        return summaries;
    }

    public async Task<BackofficeUserSummary> GetAsync(string id, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        return await SummaryAsync(await FindAsync(id));
    }

    /// <summary>Creates a user without a password and mails an invitation link, in one transaction.</summary>
    public async Task<BackofficeUserSummary> InviteAsync(SaveUserRequest request, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var errors = new ValidationErrors();
        var email = request.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !MailAddress.TryCreate(email, out _))
        {
            errors.Add("email", "Give a valid e-mail address.");
        }

        var (groups, cultures, startNodes) = await validator.CheckAsync(request, errors, cancellationToken);
        errors.ThrowIfAny();
        if (await users.FindByEmailAsync(email!) is not null)
        {
            throw new ConflictException("A user with this e-mail address exists already.");
        }

        var user = new HedershusUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName?.Trim() };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.CreateAsync(user));
            await ApplySettingsAsync(user, groups, cultures, startNodes);
            mailer.AddInvitation(user, await users.GeneratePasswordResetTokenAsync(user));
            audit.Add(Record(AuditActions.UserCreated, user, Groups(groups)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        outboxSignal.Written();
        return await SummaryAsync(user);
    }

    public async Task<BackofficeUserSummary> UpdateAsync(string id, SaveUserRequest request, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var user = await FindAsync(id);
        var errors = new ValidationErrors();
        var (groups, cultures, startNodes) = await validator.CheckAsync(request, errors, cancellationToken);
        errors.ThrowIfAny();
        if (!groups.Contains(BackofficeRoles.Administrators) && await IsLastAdministratorAsync(user))
        {
            throw new ConflictException("This is the last enabled administrator; make someone else an administrator first.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var before = Groups(await users.GetRolesAsync(user));
        user.DisplayName = request.DisplayName?.Trim() ?? user.DisplayName;
        Check(await users.UpdateAsync(user));
        await ApplySettingsAsync(user, groups, cultures, startNodes);
        var after = Groups(groups);
        audit.Add(before == after
            ? Record(AuditActions.UserUpdated, user, null)
            : Record(AuditActions.UserRolesChanged, user, $"{before} → {after}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await SummaryAsync(user);
    }

    /// <summary>A disabled user cannot sign in, and a session of theirs loses every right at its next request.</summary>
    public async Task<BackofficeUserSummary> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
    {
        EnsureAdministrator();
        var user = await FindAsync(id);
        if (disabled && user.Id == actor.Current.UserId)
        {
            throw new ConflictException("You cannot disable your own account.");
        }

        if (disabled && await IsLastAdministratorAsync(user))
        {
            throw new ConflictException("This is the last enabled administrator; it cannot be disabled.");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, disabled ? BackofficeUserState.DisabledUntil : null));
            Check(await users.ResetAccessFailedCountAsync(user));
            Check(await users.UpdateSecurityStampAsync(user));
            audit.Add(Record(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, user, null));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await SummaryAsync(user);
    }

    /// <summary>The user is named by id only: the log keeps no one's data but the actor's identity.</summary>
    internal static AuditRecord Record(string action, HedershusUser user, string? detail) =>
        new(action) { Target = $"user {user.Id}", Detail = detail };

    private static string Groups(IEnumerable<string> groups) => string.Join(", ", groups.Order(StringComparer.Ordinal));

    private void EnsureAdministrator()
    {
        if (!actor.Current.IsInRole(BackofficeRoles.Administrators))
        {
            throw new ForbiddenException("Only administrators manage users.");
        }
    }

    private async Task<HedershusUser> FindAsync(string id) =>
        await users.FindByIdAsync(id) ?? throw new NotFoundException($"There is no user with id {id}.");

    /// <summary>Whether the user is the only enabled administrator, who must never be demoted or disabled.</summary>
    private async Task<bool> IsLastAdministratorAsync(HedershusUser user)
    {
        if (!await users.IsInRoleAsync(user, BackofficeRoles.Administrators))
        {
            return false;
        }

        var administrators = await users.GetUsersInRoleAsync(BackofficeRoles.Administrators);
        return !administrators.Any(a => a.Id != user.Id && !BackofficeUserState.IsDisabled(a.LockoutEnd));
    }

    /// <summary>Replaces the user's groups, cultures and start nodes, and renews the security stamp.</summary>
    private async Task ApplySettingsAsync(HedershusUser user, List<string> groups, List<string> cultures, List<Guid> startNodes)
    {
        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(groups)));
        Check(await users.AddToRolesAsync(user, groups.Except(current)));
        var claims = (await users.GetClaimsAsync(user))
            .Where(c => c.Type is BackofficeClaimTypes.Culture or BackofficeClaimTypes.StartNode).ToList();
        if (claims.Count > 0)
        {
            Check(await users.RemoveClaimsAsync(user, claims));
        }

        Claim[] wanted = [.. cultures.Select(c => new Claim(BackofficeClaimTypes.Culture, c)),
                          .. startNodes.Select(n => new Claim(BackofficeClaimTypes.StartNode, n.ToString()))];
        if (wanted.Length > 0)
        {
            Check(await users.AddClaimsAsync(user, wanted));
        }

        Check(await users.UpdateSecurityStampAsync(user));
    }

    private async Task<BackofficeUserSummary> SummaryAsync(HedershusUser user)
    {
        var claims = await users.GetClaimsAsync(user);
        return new BackofficeUserSummary(
            user.Id,
            user.Email ?? "",
            user.DisplayName,
            [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            [.. claims.Where(c => c.Type == BackofficeClaimTypes.Culture).Select(c => c.Value).Order(StringComparer.Ordinal)],
            [.. claims.Where(c => c.Type == BackofficeClaimTypes.StartNode).Select(c => Guid.Parse(c.Value))],
            BackofficeUserState.IsDisabled(user.LockoutEnd),
            user.TwoFactorEnabled);
    }

    /// <summary>Error codes and descriptions of Identity's checks on user data (never a password) name the field.</summary>
    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InputValidationException(new Dictionary<string, string[]>
            {
                [result.Errors.Any(e => e.Code.Contains("Password", StringComparison.Ordinal)) ? "password" : "email"] =
                    result.Errors.Select(e => e.Description).ToArray(),
            });
        }
    }
}
