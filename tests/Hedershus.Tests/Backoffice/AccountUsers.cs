using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Core.Mail;
using Hedershus.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Tests.Backoffice;

/// <summary>Users with known passwords for sign-in stories, made with Identity's own user manager.</summary>
public static class AccountUsers
{
    public const string Password = "Stark-Lösen-2026!";

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@hedershus.local";

    public static async Task<string> CreateAsync(HedershusFactory factory, string email, string[] groups, bool mustChangePassword = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>();
        var user = new HedershusUser { UserName = email, Email = email, EmailConfirmed = true, MustChangePassword = mustChangePassword };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, groups)).Succeeded);
        return user.Id;
    }

    public static async Task<HedershusUser> FindAsync(HedershusFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<HedershusUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>The mails in the outbox to <paramref name="email"/>, oldest first.</summary>
    public static async Task<List<OutboxMessage>> MailsToAsync(HedershusFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HedershusDbContext>();
        return await db.MailOutbox.AsNoTracking().Where(m => m.ToAddress == email).OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The path and query of the first backoffice link in a mail's text.</summary>
    public static string LinkIn(OutboxMessage mail)
    {
        var start = mail.TextBody.IndexOf("http", StringComparison.Ordinal);
        var url = new Uri(mail.TextBody[start..mail.TextBody.IndexOf('\n', start)]);
        return url.PathAndQuery;
    }
}
