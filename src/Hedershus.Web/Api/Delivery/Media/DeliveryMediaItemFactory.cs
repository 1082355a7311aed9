using Hedershus.Core.Common;
using Hedershus.Core.Media;

namespace Hedershus.Web.Api.Delivery.Media;

/// <summary>Turns media items into Delivery API items for the culture the request asks for.</summary>
public sealed class DeliveryMediaItemFactory(MediaLibrary library, CultureCatalog cultures)
{
    public const string AltTextProperty = "altText";

    public async Task<IReadOnlyList<DeliveryMediaItem>> CreateAsync(IReadOnlyList<MediaItem> items, HttpRequest request, CancellationToken cancellationToken)
    {
        var culture = RequestCulture(request);
        var locations = await library.LocateAsync(items, cancellationToken);
        return items.Select(i => Create(i, locations[i.Id], culture)).ToList();
    }

    private DeliveryMediaItem Create(MediaItem item, MediaLocation location, string culture) => new(
        item.Key,
        item.Name,
        item.MediaType.ToString(),
        item.UrlPath ?? "",
        location.Path,
        item.Extension,
        item.Width,
        item.Height,
        item.Bytes,
        item is { FocalPointLeft: { } left, FocalPointTop: { } top } ? new DeliveryFocalPoint(left, top) : null,
        [],
        Properties(item, culture),
        item.CreateDate,
        item.UpdateDate);

    private Dictionary<string, object?> Properties(MediaItem item, string culture)
    {
        var properties = new Dictionary<string, object?>();
        if (item.MediaType == MediaType.Image)
        {
            properties[AltTextProperty] = AltText(item, culture);
        }

        return properties;
    }

    private string? AltText(MediaItem item, string culture)
    {
        foreach (var candidate in cultures.WithFallbacks(culture).Append(cultures.Default))
        {
            if (item.AltText.TryGetValue(candidate, out var text))
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The first culture of the site that Accept-Language names (by quality), else the default culture.</summary>
    private string RequestCulture(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => cultures.Normalize(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return accepted ?? cultures.Default;
    }
}
