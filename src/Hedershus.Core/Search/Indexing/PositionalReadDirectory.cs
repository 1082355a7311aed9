using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Hedershus.Core.Search.Indexing;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux): any number of searches read the same file at once without a lock. Lucene.NET 4.8.0-beta00017's
/// <see cref="NIOFSDirectory"/> moves a shared <see cref="FileStream"/>'s position and reads under a lock on it, so
/// concurrent searches queued for every buffer refill (a third of their time at 8 clients in the speed benchmark's
/// profile); its <see cref="MMapDirectory"/> locks to clone (see <see cref="IndexGeneration.Open"/>). Writes go
/// through <see cref="FSDirectory"/>'s own output. Like NIOFS, the index's pages stay in the OS file cache rather
/// than in this process's working set.
/// </summary>
public sealed class PositionalReadDirectory(string folder) : FSDirectory(new DirectoryInfo(folder), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new PositionalReadInput(path, file, 0, RandomAccess.GetLength(file), BufferedIndexInput.GetBufferSize(context), ownsFile: true);
    }

    /// <summary>Slices of a compound file share its handle; the slicer closes it.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), BufferedIndexInput.GetBufferSize(context));
    }

    private sealed class Slicer(string path, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"{path} [{sliceDescription}]", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading compound files of 3.x indexes, which these never are.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>A buffered input over a range of a file; clones share the handle and only the owner closes it.</summary>
    private sealed class PositionalReadInput(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _owner = ownsFile;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
            clone._owner = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            var position = Position;
            if (position + len > length)
            {
                throw new EndOfStreamException($"Read past the end of {this}: {position} + {len} > {length}.");
            }

            var target = b.AsSpan(offset, len);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(file, target, start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"Read past the end of {this} at {position}.");
                }

                position += read;
                target = target[read..];
            }
        }

        protected override void SeekInternal(long pos)
        {
            // Every read names its position; there is nothing to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _owner)
            {
                _owner = false;
                file.Dispose();
            }
        }
    }
}
