using Microsoft.Extensions.Logging;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// At most one rebuild running in the background at a time, cancelled when the index stops. Failures are logged,
/// not thrown: the old generation keeps answering.
/// </summary>
internal sealed class BackgroundRebuild(ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Cancelled when the index stops; rebuilds link it with their caller's token.</summary>
    public CancellationToken Stopping => _stopping.Token;

    /// <summary>Starts <paramref name="rebuild"/> unless one is running.</summary>
    public void Start(Func<CancellationToken, Task> rebuild)
    {
        lock (_lock)
        {
            if (!_running.IsCompleted)
            {
                return;
            }

            _running = Task.Run(async () =>
            {
                try
                {
                    await rebuild(_stopping.Token);
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
                {
                }
                catch (Exception e)
                {
                    logger.LogError(e, "Rebuilding the search index failed");
                }
            });
        }
    }

    /// <summary>The running rebuild, or a completed task.</summary>
    public Task Current
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            Current.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // logged by the rebuild itself
        }

        _stopping.Dispose();
    }
}
