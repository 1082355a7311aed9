using System.Text.RegularExpressions;
using Hedershus.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Media;

/// <summary>
/// The media folder on disk: one folder per item (<c>{Key:N}</c>) holding its file. Uploads are written to a
/// staging folder first and moved into place only when their database row is saved, so a failed or oversize
/// upload leaves nothing behind.
/// </summary>
public sealed partial class MediaFileStore(HedershusPaths paths, IOptions<MediaOptions> options, TimeProvider time, ILogger<MediaFileStore> logger)
{
    private const string StagingFolder = ".staging";
    private const int BufferSize = 81920;

    /// <summary>Staging files this old belong to an upload that died with its process.</summary>
    private static readonly TimeSpan StaleStagingAge = TimeSpan.FromDays(1);

    public string Root { get; } = string.IsNullOrWhiteSpace(options.Value.Path) ? paths.MediaPath : paths.Resolve(options.Value.Path);

    /// <summary>The URL path of a stored file; the same shape as its place on disk.</summary>
    public static string UrlPathFor(Guid key, string fileName) => $"/media/{key:N}/{fileName}";

    /// <summary>
    /// Copies <paramref name="content"/> to a staging file, reading at most one buffer past
    /// <paramref name="maxBytes"/>: a larger upload throws <see cref="PayloadTooLargeException"/> and leaves no file.
    /// </summary>
    public async Task<(string Path, long Bytes)> StageAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, StagingFolder);
        Directory.CreateDirectory(folder);
        RemoveStaleStagingFiles(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var bytes = await CopyLimitedAsync(content, path, maxBytes, cancellationToken);
            return (path, bytes);
        }
        catch
        {
            DeleteQuietly(path);
            throw;
        }
    }

    /// <summary>Moves a staged file to its final place, <c>{Root}/{key:N}/{fileName}</c>.</summary>
    public void Commit(string stagedPath, Guid key, string fileName)
    {
        var folder = Path.Combine(Root, key.ToString("N"));
        Directory.CreateDirectory(folder);
        File.Move(stagedPath, Path.Combine(folder, fileName));
    }

    /// <summary>Removes an item's folder and file; a failure is logged, since an orphan file harms nobody.</summary>
    public void Delete(Guid key)
    {
        var folder = Path.Combine(Root, key.ToString("N"));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "Could not remove the media folder of {MediaKey}", key);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "Could not remove the media folder of {MediaKey}", key);
        }
    }

    /// <summary>
    /// The full path of a stored file named by the two URL segments after <c>/media/</c>, or null when the
    /// segments are not exactly what this store writes (which rules out "..", separators and encoded slashes).
    /// </summary>
    public string? Resolve(string folder, string fileName)
    {
        if (!FolderPattern().IsMatch(folder) || !FileNamePattern().IsMatch(fileName))
        {
            return null;
        }

        var root = Path.GetFullPath(Root) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, folder, fileName));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private void RemoveStaleStagingFiles(string folder)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - StaleStagingAge;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.tmp").Where(f => f.LastWriteTimeUtc < cutoff))
        {
            DeleteQuietly(file.FullName);
        }
    }

    internal static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the staging folder holds nothing that is ever served.
        }
    }

    private static async Task<long> CopyLimitedAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        long total = 0;
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new PayloadTooLargeException($"The file is larger than the limit of {maxBytes:N0} bytes.");
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex FolderPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}\\.[a-z0-9]{2,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
