using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>The outbox, its delivery job and the MailKit transport.</summary>
    public static IServiceCollection AddHedershusMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(o => MailAddress.TryCreate(o.FromAddress, out _), "Mail:FromAddress must be an e-mail address.")
            .Validate(o => MailAddress.TryCreate(o.MailingFromAddress, out _), "Mail:MailingFromAddress must be an e-mail address.")
            .Validate(o => !string.Equals(o.MailingFromAddress.Trim(), o.FromAddress.Trim(), StringComparison.OrdinalIgnoreCase),
                "Mail:MailingFromAddress must differ from Mail:FromAddress (mailings and transactional mail use separate senders).")
            .Validate(o => o.Port is > 0 and < 65536, "Mail:Port must be a TCP port.")
            .Validate(o => o.MaxAttempts >= 1, "Mail:MaxAttempts must be at least 1.")
            .Validate(o => o.ClaimTimeout > o.SmtpTimeout * 2, "Mail:ClaimTimeout must be more than twice Mail:SmtpTimeout.")
            .ValidateOnStart();
        services.AddScoped<Outbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<MailTransport>();
        services.AddScoped<OutboxDelivery>();
        services.AddScoped<OutboxDeliveryJob>();
        services.AddScoped<OutboxFailures>();
        return services;
    }
}
