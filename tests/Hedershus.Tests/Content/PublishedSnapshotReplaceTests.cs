using Hedershus.Core.Content.Published;

namespace Hedershus.Tests.Content;

/// <summary>
/// Pages republished in place, batch after batch, through the builder's fast path: each snapshot must answer exactly
/// as one built from scratch from the same records, before and after the replaced records are folded into a new
/// index by key (more than a thousand of them).
/// </summary>
public sealed class PublishedSnapshotReplaceTests
{
    private static readonly string[] Cultures = ["sv", "en"];
    private readonly PublishedSnapshotBuilder _builder = new(Cultures, "sv");
    private int _nextId;

    [Fact]
    public void Republished_pages_read_as_a_snapshot_built_from_scratch()
    {
        var root = Node(null, "home");
        var landings = Enumerable.Range(0, 5).Select(i => Node(root.Key, "landing" + i)).ToList();
        var pages = Enumerable.Range(0, 1_500).Select(i => Node(landings[i % landings.Count].Key, "p" + i)).ToList();
        var nodes = new[] { root }.Concat(landings).Concat(pages).ToDictionary(n => n.Key);
        var snapshot = _builder.Build(1, nodes);
        var random = new Random(3);

        for (var batch = 0; batch < 25; batch++)
        {
            var edited = pages.OrderBy(_ => random.Next()).Take(100).Select(p => Edited(snapshot.Find(p.Key)!, batch)).ToList();
            var next = _builder.TryReplace(snapshot, batch + 2, edited);
            Assert.NotNull(next);
            snapshot = next;
            AssertSameAsBuilt(snapshot, _builder.Build(batch + 2, snapshot.All.ToDictionary(n => n.Key)));
            Assert.All(edited, e => Assert.Equal(e.UpdateDate, snapshot.Find(e.Key)!.UpdateDate));
        }
    }

    [Fact]
    public void The_previous_snapshot_keeps_its_records()
    {
        var root = Node(null, "home");
        var page = Node(root.Key, "page");
        var before = _builder.Build(1, new[] { root, page }.ToDictionary(n => n.Key));
        var after = _builder.TryReplace(before, 2, [Edited(before.Find(page.Key)!, 1)])!;

        Assert.Equal(page.UpdateDate, before.Find(page.Key)!.UpdateDate);
        Assert.Equal(page.UpdateDate, before.All.Single(n => n.Key == page.Key).UpdateDate);
        Assert.NotEqual(page.UpdateDate, after.Find(page.Key)!.UpdateDate);
        Assert.Same(after.Find(page.Key), after.Find(page.Id));
    }

    private static void AssertSameAsBuilt(PublishedSnapshot replaced, PublishedSnapshot built)
    {
        Assert.Equal(built.Count, replaced.Count);
        var all = replaced.All.ToDictionary(n => n.Key); // throws on a key listed twice
        Assert.Equal(built.Count, all.Count);
        foreach (var node in built.All)
        {
            Assert.Same(node, replaced.Find(node.Key));
            Assert.Same(node, replaced.Find(node.Id));
            Assert.Same(node, all[node.Key]);
            Assert.Equal(built.Children(node.Key), replaced.Children(node.Key));
            foreach (var culture in node.Cultures.Values)
            {
                Assert.Same(node, replaced.FindByRoute(node.RootKey, culture.Culture, culture.Route!));
            }
        }
    }

    private PublishedContent Node(Guid? parent, string segment)
    {
        var id = ++_nextId;
        var updated = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(id);
        return new PublishedContent
        {
            Key = Guid.NewGuid(),
            Id = id,
            ParentKey = parent,
            SortOrder = id,
            ContentType = "page",
            UpdateDate = updated,
            Cultures = Cultures.ToDictionary(
                c => c,
                c => new PublishedCulture { Culture = c, Name = segment, Segment = segment, PublishedAt = updated, Properties = PublishedPropertyDictionary.Empty },
                StringComparer.OrdinalIgnoreCase),
        };
    }

    private static PublishedContent Edited(PublishedContent node, int batch) =>
        node with { UpdateDate = node.UpdateDate.AddDays(batch + 1) };
}
