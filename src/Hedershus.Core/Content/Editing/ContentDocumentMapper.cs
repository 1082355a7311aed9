using Hedershus.Core.Content.Storage;

namespace Hedershus.Core.Content.Editing;

internal static class ContentDocumentMapper
{
    public static ContentDocument ToDocument(this ContentNode node, Guid? parentKey)
    {
        var data = node.Data();
        var cultures = data.Cultures.ToDictionary(
            c => c.Key,
            c =>
            {
                var state = node.Cultures.FirstOrDefault(s => string.Equals(s.Culture, c.Key, StringComparison.OrdinalIgnoreCase));
                return new ContentDocumentCulture
                {
                    Name = c.Value.Name,
                    Segment = c.Value.Segment,
                    Properties = c.Value.Properties,
                    Published = state?.IsPublished == true,
                    HasUnpublishedChanges = state?.IsPublished == true && data.ForCulture(c.Key).Serialize() != state.PublishedData,
                    PublishedAt = state?.PublishedAt,
                    PublishAt = state?.PublishAt,
                    UnpublishAt = state?.UnpublishAt,
                };
            },
            StringComparer.OrdinalIgnoreCase);

        return new ContentDocument
        {
            Id = node.Key,
            ContentType = node.ContentType,
            ParentId = parentKey,
            SortOrder = node.SortOrder,
            Level = node.Level,
            Revision = node.Revision,
            Trashed = node.Trashed,
            CreateDate = node.CreateDate,
            UpdateDate = node.UpdateDate,
            Properties = data.Properties,
            Cultures = cultures,
        };
    }

    public static ContentSummary ToSummary(this ContentNode node, Guid? parentKey, bool hasChildren) =>
        new(
            node.Key,
            node.ContentType,
            parentKey,
            node.SortOrder,
            hasChildren,
            node.Data().Cultures.ToDictionary(c => c.Key, c => c.Value.Name, StringComparer.OrdinalIgnoreCase),
            node.Cultures.Where(c => c.IsPublished).Select(c => c.Culture).Order(StringComparer.Ordinal).ToList());
}
