using Hedershus.Core.Common;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Seminars;

/// <summary>Anonymises registrations <see cref="SeminarOptions.RetentionDays"/> after their seminar ended. Daily; idempotent.</summary>
public sealed class SeminarRetentionJob(RegistrationErasure erasure, IOptions<SeminarOptions> options) : IBackgroundJob
{
    public const string RecurringId = "seminar-retention";
    public const string Cron = "30 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Batches of 1000 keep each transaction short.
        while (await erasure.ApplyRetentionAsync(TimeSpan.FromDays(options.Value.RetentionDays), cancellationToken) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
