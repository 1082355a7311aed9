namespace Hedershus.Tests.Infrastructure;

/// <summary>
/// A host on a database it does not own, so several hosts can share it, or one can stop and start again on the same
/// data. Hosts that run side by side each need their own search folder (<see cref="WithOwnSearchFolder"/>), as each
/// instance of the application keeps its own index.
/// </summary>
public sealed class SharedDatabaseFactory(TestDatabase database) : HedershusFactory(database)
{
    protected override bool OwnsDatabase => false;

    /// <summary>Gives this host the search folder <c>search-{name}</c> beside the shared data.</summary>
    public SharedDatabaseFactory WithOwnSearchFolder(string name)
    {
        Settings["Search:Path"] = Path.Combine(Database.DataPath, $"search-{name}");
        return this;
    }
}
