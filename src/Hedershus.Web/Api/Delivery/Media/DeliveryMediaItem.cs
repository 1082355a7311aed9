namespace Hedershus.Web.Api.Delivery.Media;

/// <summary>
/// A media item in Umbraco's Delivery API shape (<c>ApiMediaWithCropsResponseModel</c>); the fields and their
/// order are the contract, nothing else is added at the top level.
/// </summary>
public sealed record DeliveryMediaItem(
    Guid Id,
    string Name,
    string MediaType,
    string Url,
    string Path,
    string? Extension,
    int? Width,
    int? Height,
    long? Bytes,
    DeliveryFocalPoint? FocalPoint,
    IReadOnlyList<DeliveryImageCrop> Crops,
    IReadOnlyDictionary<string, object?> Properties,
    DateTime CreateDate,
    DateTime UpdateDate);

/// <summary>Umbraco's <c>ImageFocalPointModel</c>.</summary>
public sealed record DeliveryFocalPoint(double Left, double Top);

/// <summary>Umbraco's <c>ImageCropModel</c>; Hedershus defines no crops yet, so lists of these are empty.</summary>
public sealed record DeliveryImageCrop(string Alias, int Width, int Height, DeliveryCropCoordinates? Coordinates);

/// <summary>Umbraco's <c>ImageCropCoordinatesModel</c>.</summary>
public sealed record DeliveryCropCoordinates(double X1, double Y1, double X2, double Y2);
