namespace Hedershus.Core.Seminars;

/// <summary>What a registrant sees of their own registration through their link.</summary>
public sealed record RegistrantView(
    Guid Id,
    Guid SeminarId,
    string SeminarName,
    string? SeminarRoute,
    DateTime? Begins,
    RegistrationStatus Status,
    int? PlaceInLine,
    DateTime? OfferExpiresAt,
    string Name,
    string Language);
