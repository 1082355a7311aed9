namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>A word-by-word difference of two texts (longest common subsequence), shown with &lt;del&gt; and &lt;ins&gt;.</summary>
public static class TextDiff
{
    /// <summary>Past this many word pairs the middle is shown as one removal and one insertion: still readable, never slow.</summary>
    private const long MaxCells = 2_000_000;

    public static IReadOnlyList<DiffPart> Compare(string before, string after)
    {
        var a = Words(before);
        var b = Words(after);
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        var end = 0;
        while (end < a.Length - start && end < b.Length - start && a[^(end + 1)] == b[^(end + 1)])
        {
            end++;
        }

        var parts = new List<DiffPart>();
        Add(parts, DiffKind.Same, a[..start]);
        var midA = a[start..^end];
        var midB = b[start..^end];
        if ((long)midA.Length * midB.Length > MaxCells)
        {
            Add(parts, DiffKind.Removed, midA);
            Add(parts, DiffKind.Added, midB);
        }
        else
        {
            Middle(parts, midA, midB);
        }

        Add(parts, DiffKind.Same, a[^end..]);
        return parts;
    }

    private static void Middle(List<DiffPart> parts, string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(parts, DiffKind.Same, [a[x++]]);
                y++;
            }
            else if (y < b.Length && (x == a.Length || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                Add(parts, DiffKind.Added, [b[y++]]);
            }
            else
            {
                Add(parts, DiffKind.Removed, [a[x++]]);
            }
        }
    }

    private static void Add(List<DiffPart> parts, DiffKind kind, string[] words)
    {
        if (words.Length == 0)
        {
            return;
        }

        var text = string.Join(' ', words);
        if (parts.Count > 0 && parts[^1].Kind == kind)
        {
            parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + text };
        }
        else
        {
            parts.Add(new DiffPart(kind, text));
        }
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPart(DiffKind Kind, string Text);
