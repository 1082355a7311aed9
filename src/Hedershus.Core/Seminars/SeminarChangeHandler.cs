using Hedershus.Core.Common;
using Hedershus.Core.Content.Published;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Asks for a <see cref="SeminarChangesJob"/> when a seminar was published, changed, unpublished or trashed. The job
/// does the work once for the cluster; every node only enqueues (a duplicate run finds nothing to do).
/// </summary>
public sealed class SeminarChangeHandler(IJobScheduler scheduler) : IContentChangeHandler
{
    public Task HandleAsync(IReadOnlyList<ContentChange> changes, PublishedSnapshot snapshot, CancellationToken cancellationToken)
    {
        // A node gone from the snapshot may have been a seminar; the job sorts that out cheaply.
        if (changes.Any(c => snapshot.Find(c.NodeKey) is not { } content || content.ContentType == Seminar.ContentType))
        {
            scheduler.Enqueue<SeminarChangesJob>();
        }

        return Task.CompletedTask;
    }

    public Task RebuiltAsync(PublishedSnapshot snapshot, CancellationToken cancellationToken) => Task.CompletedTask;
}
