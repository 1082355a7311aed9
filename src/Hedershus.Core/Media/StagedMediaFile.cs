namespace Hedershus.Core.Media;

/// <summary>
/// An uploaded file that passed the size and content checks and waits in the staging folder. Disposing it
/// deletes the staging file unless <see cref="MediaService"/> has moved it into place.
/// </summary>
public sealed class StagedMediaFile : IAsyncDisposable
{
    internal StagedMediaFile(string stagedPath, string originalFileName, long bytes, InspectedMediaFile inspected)
    {
        StagedPath = stagedPath;
        OriginalFileName = originalFileName;
        Bytes = bytes;
        Inspected = inspected;
    }

    internal string StagedPath { get; }

    /// <summary>The file name the uploader gave, without any folder part.</summary>
    public string OriginalFileName { get; }

    public long Bytes { get; }

    public InspectedMediaFile Inspected { get; }

    internal bool Committed { get; set; }

    public ValueTask DisposeAsync()
    {
        if (!Committed)
        {
            MediaFileStore.DeleteQuietly(StagedPath);
        }

        return ValueTask.CompletedTask;
    }
}
