using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Web.Api.Management.Media;

/// <summary>The parts of an upload: the staged file (if one came) and the other fields by name.</summary>
internal sealed record MediaUploadForm(StagedMediaFile? File, IReadOnlyDictionary<string, string> Fields)
{
    private const string AltTextPrefix = "altText.";

    /// <summary>Reads <c>name</c>, <c>parentId</c> and <c>altText.{culture}</c>; any other field is an error.</summary>
    public MediaUploadDetails ToDetails()
    {
        var errors = new ValidationErrors();
        Guid? parentKey = null;
        string? name = null;
        var altText = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, value) in Fields)
        {
            if (field.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                name = value;
            }
            else if (field.Equals("parentId", StringComparison.OrdinalIgnoreCase))
            {
                parentKey = ParseParent(value, errors);
            }
            else if (field.StartsWith(AltTextPrefix, StringComparison.OrdinalIgnoreCase))
            {
                altText[field[AltTextPrefix.Length..]] = value;
            }
            else
            {
                errors.Add(field, "Unknown field; an upload takes file, name, parentId and altText.{culture}.");
            }
        }

        errors.ThrowIfAny();
        return new MediaUploadDetails(name, parentKey, altText);
    }

    private static Guid? ParseParent(string value, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var key))
        {
            return key;
        }

        errors.Add("parentId", "Give the id (a GUID) of a media folder, or leave it out for the root.");
        return null;
    }
}
