using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hedershus.Core.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>The media library: options, file store, content checks, the services that read and change it, and the in-memory snapshot.</summary>
    public static IServiceCollection AddHedershusMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section))
            .Validate(o => o.MaxUploadBytes > 0, "Media:MaxUploadBytes must be positive.")
            .Validate(o => o.RefreshSeconds > 0, "Media:RefreshSeconds must be positive.")
            .Validate(o => o.EffectiveAllowedContentTypes.All(t => MediaFormat.All.Any(f => f.ContentType == MediaFormat.NormalizeContentType(t))),
                "Media:AllowedContentTypes may only name image/png, image/jpeg, image/gif, image/webp and application/pdf.")
            .ValidateOnStart();
        services.AddSingleton<MediaFileStore>();
        services.AddSingleton<MediaFileInspector>();
        services.AddSingleton<MediaInputRules>();
        services.TryAddScoped<IMediaUsageLookup, NoMediaUsageLookup>();
        services.AddScoped<MediaService>();
        services.AddScoped<MediaLibrary>();
        services.AddSingleton<MediaSnapshotService>();
        services.AddHostedService<MediaSnapshotFollower>();
        return services;
    }
}
