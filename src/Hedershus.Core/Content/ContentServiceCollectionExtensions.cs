using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Content.Import;
using Hedershus.Core.Content.Published;
using Hedershus.Core.Content.Reports;
using Hedershus.Core.Content.Routing;
using Hedershus.Core.Identity.Permissions;
using Hedershus.Core.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hedershus.Core.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>Document types, the content engine and the published snapshot.</summary>
    public static IServiceCollection AddHedershusContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section));
        services.AddSingleton(provider =>
            new DocumentTypeRegistry(DocumentTypeLoader.LoadFolder(provider.GetRequiredService<HedershusPaths>().ModelsPath)));
        services.AddPropertyEditors();

        services.AddSingleton<PublishedContentLoader>();
        services.AddSingleton<PublishedSnapshotService>();
        services.AddSingleton<UnverifiedNumbersReport>();
        services.AddHostedService<ChangeJournalFollower>();

        services.AddScoped<ContentDataBuilder>();
        services.AddScoped<ContentTransaction>();
        services.AddScoped<RedirectRecorder>();
        services.AddScoped<RouteConflictGuard>();
        services.AddScoped<ContentPermissions>();
        services.AddScoped<ContentService>();
        services.AddScoped<PublishingService>();
        services.AddScoped<PublishTargets>();
        services.AddScoped<ContentScheduleService>();
        services.AddScoped<ContentTreeService>();
        services.AddScoped<RecycleBinService>();
        services.AddScoped<ContentTreePlacement>();
        services.AddScoped<ContentVersionService>();
        services.AddScoped<ContentOutlineService>();
        services.AddScoped<RedirectListService>();
        services.AddScoped<ScheduledPublishingJob>();

        // Replaces the media library's default (nothing is in use), whichever of the two is added first.
        services.AddScoped<IMediaUsageLookup, ContentMediaUsageLookup>();

        services.AddSingleton<ContentImporter>();
        services.AddSingleton<CorpusMapper>();
        services.AddSingleton<ImportService>();
        return services;
    }
}
