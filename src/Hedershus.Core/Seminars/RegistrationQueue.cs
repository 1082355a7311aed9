namespace Hedershus.Core.Seminars;

/// <summary>
/// Group commit for registrations. Registrations for one seminar line up here; the first in line serves everyone
/// queued behind it (up to <see cref="MaxBatch"/>) in one transaction under the seminar's lock, then hands the turn
/// to the next in line. A burst thus costs one lock, one commit and one disk flush per batch instead of per person,
/// while seats are still counted and given in arrival order inside one transaction.
/// </summary>
public sealed class RegistrationQueue
{
    public const int MaxBatch = 64;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Line> _lines = new();

    /// <summary>
    /// Queues <paramref name="registration"/> and returns it once saved (or throws what saving it threw).
    /// <paramref name="serve"/> is this caller's way to save a batch, used if its turn comes; it must complete every item.
    /// </summary>
    public async Task<SeminarRegistration> TakeAsync(Seminar seminar, SeminarRegistration registration, Func<IReadOnlyList<Item>, Task> serve)
    {
        var line = _lines.GetOrAdd(seminar.Key, _ => new Line());
        var item = new Item(seminar, registration);
        bool leads;
        lock (line)
        {
            line.Items.Enqueue(item);
            leads = !line.Serving;
            line.Serving = true;
        }

        if (leads || await Task.WhenAny(item.Done.Task, item.Turn.Task) == item.Turn.Task)
        {
            await ServeAsync(line, serve);
        }

        return await item.Done.Task;
    }

    private static async Task ServeAsync(Line line, Func<IReadOnlyList<Item>, Task> serve)
    {
        var batch = new List<Item>();
        lock (line)
        {
            while (batch.Count < MaxBatch && line.Items.TryDequeue(out var next))
            {
                batch.Add(next);
            }
        }

        try
        {
            await serve(batch);
        }
        catch (Exception e)
        {
            batch.ForEach(i => i.Done.TrySetException(e));
        }
        finally
        {
            lock (line)
            {
                if (line.Items.TryPeek(out var next))
                {
                    next.Turn.TrySetResult();
                }
                else
                {
                    line.Serving = false;
                }
            }
        }
    }

    /// <summary>One registration waiting in line; <see cref="Seminar"/> is in the registrant's language.</summary>
    public sealed class Item(Seminar seminar, SeminarRegistration registration)
    {
        public Seminar Seminar { get; } = seminar;
        public SeminarRegistration Registration { get; } = registration;
        internal TaskCompletionSource<SeminarRegistration> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        internal TaskCompletionSource Turn { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Succeed() => Done.TrySetResult(Registration);

        public void Fail(Exception reason) => Done.TrySetException(reason);

        public bool IsDone => Done.Task.IsCompleted;
    }

    private sealed class Line
    {
        public Queue<Item> Items { get; } = new();
        public bool Serving { get; set; }
    }
}
