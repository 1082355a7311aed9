using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Core.Content.Editing;
using Hedershus.Core.Identity.Permissions;
using Hedershus.Core.Media;
using Hedershus.Web.Backoffice.Shell;

namespace Hedershus.Web.Backoffice.ContentSection;

/// <summary>Builds the content section's pages from Core's content services (which check permissions and rules).</summary>
public sealed class ContentEditor(
    ContentService content,
    ContentOutlineService outline,
    MediaLibrary media,
    DocumentTypeRegistry types,
    CultureCatalog cultures,
    ContentWorkflowReader workflow,
    ContentPermissions permissions)
{
    public DocumentTypeRegistry Types => types;

    public string Culture(string? requested) => cultures.Normalize(requested) ?? cultures.Default;

    public async Task<ContentTreeModel> TreeAsync(Guid? current, IReadOnlyCollection<Guid> branch, string culture, CancellationToken cancellationToken) =>
        new(await LevelAsync(null, branch, culture, cancellationToken), current, culture);

    public async Task<IReadOnlyList<ContentTreeItem>> LevelAsync(Guid? parent, IReadOnlyCollection<Guid> branch, string culture, CancellationToken cancellationToken)
    {
        var items = new List<ContentTreeItem>();
        var nodes = (await content.ChildrenAsync(parent, 0, 500, cancellationToken)).Items;
        var outdated = await workflow.OutdatedAsync(nodes.Select(n => n.Id).ToList(), cancellationToken);
        foreach (var node in nodes)
        {
            var children = node.HasChildren && branch.Contains(node.Id) ? await LevelAsync(node.Id, branch, culture, cancellationToken) : null;
            items.Add(new ContentTreeItem(node, NameIn(node.Names, culture), children) { Outdated = outdated.GetValueOrDefault(node.Id) ?? [] });
        }

        return items;
    }

    public async Task<ContentEditModel> EditAsync(
        BackofficeText text, Guid key, string culture, string? source, EditOverrides? overrides, CancellationToken cancellationToken)
    {
        var document = await content.GetAsync(key, cancellationToken);
        var type = types.Find(document.ContentType) ?? throw new ConflictException($"The document type '{document.ContentType}' no longer exists.");
        culture = type.VariesByCulture ? culture : cultures.Default;
        var all = await outline.ListAsync(cancellationToken);
        var byKey = all.ToDictionary(n => n.Key);
        var ancestors = Ancestors(byKey, document.Id);
        var mediaFiles = await media.ListFilesAsync(cancellationToken);
        return new ContentEditModel
        {
            Document = document,
            Type = type,
            Culture = culture,
            Source = source is not null && cultures.Normalize(source) is { } s && s != culture && document.Cultures.ContainsKey(s) ? s : null,
            DefaultCulture = cultures.Default,
            Cultures = cultures.All,
            Tree = await TreeAsync(document.Id, [.. ancestors, document.Id], culture, cancellationToken),
            Ancestors = ancestors.Select(a => new ContentTreeItem(Summary(byKey[a]), NameIn(byKey[a].Names, culture), null)).ToList(),
            Fields = new FieldContext
            {
                T = text,
                Types = types,
                Errors = overrides?.Errors ?? new Dictionary<string, string[]>(),
                ContentOptions = all.Select(n => new PickerOption(n.Key.ToString(), new string('·', (n.Level - 1) * 2) + " " + NameIn(n.Names, culture), n.ContentType)).ToList(),
                MediaOptions = mediaFiles.Select(m => new PickerOption(m.Key.ToString(), m.Name, m.MediaType.ToString())).ToList(),
            },
            Values = overrides?.Values ?? Saved(document, culture),
            ChildTypes = type.AllowedChildTypes.Select(types.Find).OfType<DocumentType>().ToList(),
            MoveTargets = MoveTargets(all, byKey, document, type),
            Children = (await content.ChildrenAsync(document.Id, 0, 500, cancellationToken)).Items,
            Notice = overrides?.Notice,
            NoticeIsError = overrides?.NoticeIsError ?? false,
            Conflict = overrides?.Conflict,
            Workflow = await workflow.ReadAsync(document.Id, culture, cancellationToken),
            Rights = await permissions.RightsAsync(document.Id, cancellationToken),
        };
    }

    /// <summary>The values posted by the node form, and the save request made of them.</summary>
    public (EditValues Values, UpdateContentRequest Request) ReadPost(IFormCollection form, DocumentType type, string culture, bool sharedEditable)
    {
        var shared = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var variant = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in type.Properties)
        {
            var varies = type.VariesByCulture && property.VariesByCulture;
            if (!varies && !sharedEditable)
            {
                continue;
            }

            var name = varies ? $"cultures.{culture}.properties.{property.Alias}" : $"properties.{property.Alias}";
            (varies ? variant : shared)[property.Alias] = ContentFormReader.Read(form, property, name, types);
        }

        var values = new EditValues(form[$"cultures.{culture}.name"].ToString(), form[$"cultures.{culture}.segment"].ToString(), shared, variant);
        var request = new UpdateContentRequest
        {
            Revision = int.TryParse(form["revision"], out var revision) ? revision : null,
            Properties = sharedEditable ? shared : null,
            Cultures = new() { [culture] = new CultureInput { Name = values.Name, Segment = values.Segment, Properties = type.VariesByCulture ? variant : null } },
        };
        return (values, request);
    }

    public static EditValues Saved(ContentDocument document, string culture) =>
        document.Cultures.TryGetValue(culture, out var c)
            ? new EditValues(c.Name, c.Segment, document.Properties, c.Properties)
            : new EditValues("", "", document.Properties, new Dictionary<string, JsonElement>());

    public string NameIn(IReadOnlyDictionary<string, string> names, string culture) =>
        names.TryGetValue(culture, out var name) || names.TryGetValue(cultures.Default, out name) ? name : names.Values.FirstOrDefault() ?? "–";

    private static List<Guid> Ancestors(Dictionary<Guid, ContentOutlineItem> byKey, Guid key)
    {
        var ancestors = new List<Guid>();
        for (var parent = byKey.GetValueOrDefault(key)?.ParentKey; parent is { } p && byKey.ContainsKey(p); parent = byKey[p].ParentKey)
        {
            ancestors.Insert(0, p);
        }

        return ancestors;
    }

    private List<ContentOutlineItem> MoveTargets(IReadOnlyList<ContentOutlineItem> all, Dictionary<Guid, ContentOutlineItem> byKey, ContentDocument document, DocumentType type) =>
        all.Where(n => n.Key != document.Id && !Ancestors(byKey, n.Key).Contains(document.Id) &&
                       types.Find(n.ContentType)?.AllowedChildTypes.Contains(type.Alias, StringComparer.Ordinal) == true)
            .ToList();

    private static ContentSummary Summary(ContentOutlineItem item) =>
        new(item.Key, item.ContentType, item.ParentKey, 0, true, item.Names.ToDictionary(), []);
}

/// <summary>What a page shows instead of the saved draft after a post: the posted values, errors, a notice or a conflict.</summary>
public sealed record EditOverrides(
    EditValues? Values = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    string? Notice = null,
    bool NoticeIsError = false,
    ConflictView? Conflict = null);
