using Hedershus.Core.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Networks.Mailings;

public static class MailingServiceCollectionExtensions
{
    /// <summary>Network mailings: drafts, sending in batches, one-click unsubscription, bounce counting and the archive.</summary>
    public static IServiceCollection AddHedershusMailings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailingOptions>().Bind(configuration.GetSection(MailingOptions.Section))
            .Validate(o => o.BatchSize is >= 1 and <= 5000, "Mailings:BatchSize must be between 1 and 5000.")
            .Validate(o => o.MaxPermanentFailures >= 1, "Mailings:MaxPermanentFailures must be at least 1.")
            .Validate(o => string.IsNullOrWhiteSpace(o.UnsubscribeMailto) || Common.EmailAddress.IsValid(o.UnsubscribeMailto),
                "Mailings:UnsubscribeMailto must be an e-mail address.")
            .ValidateOnStart();
        services.AddScoped<MailingMessages>();
        services.AddScoped<MailingService>();
        services.AddScoped<MailingSender>();
        services.AddScoped<MailingUnsubscription>();
        services.AddScoped<MailingArchive>();
        services.AddScoped<MailingBounceService>();
        services.AddScoped<IOutboxDeliveryObserver, MailingBounceCounter>();
        return services;
    }
}
