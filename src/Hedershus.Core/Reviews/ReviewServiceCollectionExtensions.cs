using Hedershus.Core.Content.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Reviews;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The review workflow (send, approve, reject, withdraw) and its reaction to content changes.</summary>
    public static IServiceCollection AddHedershusReviews(this IServiceCollection services)
    {
        services.AddScoped<IContentEventHandler, ReviewContentEventHandler>();
        services.AddScoped<ReviewService>();
        services.AddScoped<ReviewReader>();
        return services;
    }
}
