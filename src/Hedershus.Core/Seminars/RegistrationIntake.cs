using System.Text.Json;
using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Seminars;

/// <summary>What every registration passes before it queues for a seat: the seminar exists in the language, is open, and
/// takes these people; and the registration row it becomes.</summary>
public sealed class RegistrationIntake(HedershusDbContext db, SeminarCatalog catalog, CultureCatalog cultures, TimeProvider clock)
{
    public (Seminar Seminar, string Language) Find(Guid seminarKey, string? requestedLanguage)
    {
        var language = cultures.Normalize(requestedLanguage) ?? cultures.Default;
        var seminar = catalog.Find(seminarKey, language) ?? throw new NotFoundException($"No published seminar has id {seminarKey}.");
        return (seminar, language);
    }

    public void CheckOpen(Seminar seminar)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var closes = new[] { seminar.RegistrationCloses, seminar.Begins }.Where(d => d is not null).Min();
        if (seminar.Capacity <= 0 || (seminar.RegistrationOpens is { } opens && now < opens) || (closes is { } end && now >= end))
        {
            throw new ConflictException("Registration for this seminar is closed.", new Dictionary<string, object?> { ["reason"] = "closed" });
        }

    }

    /// <summary>A seminar for network members takes only addresses that are active members (of its network, when it names one).</summary>
    public async Task CheckEligibleAsync(Seminar seminar, IReadOnlyList<string> emails, CancellationToken cancellationToken)
    {
        if (seminar.Eligibility != "networkMembers")
        {
            return;
        }

        var addresses = emails.Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        var members = await db.NetworkMemberships.AsNoTracking()
            .Where(m => addresses.Contains(m.Email) && m.State == Networks.MembershipState.Active && (seminar.Network == null || m.NetworkKey == seminar.Network))
            .Select(m => m.Email).Distinct().CountAsync(cancellationToken);
        if (members < addresses.Count)
        {
            throw new ConflictException("Only active members of the seminar's network may register.", new Dictionary<string, object?> { ["reason"] = "membersOnly" });
        }
    }

    public SeminarRegistration NewRegistration(Seminar seminar, RegistrationRequest request, string language) => new()
    {
        Key = Guid.NewGuid(),
        SeminarKey = seminar.Key,
        SeminarName = seminar.Name,
        SeminarEndsAt = seminar.Ends,
        NoticeFingerprint = SeminarFingerprint.Of(seminar),
        Email = request.Email!.Trim().ToLowerInvariant(),
        Name = request.Name!.Trim(),
        Organisation = Blank(request.Organisation),
        OrganisationType = Blank(request.OrganisationType)?.ToLowerInvariant(),
        Municipality = Blank(request.Municipality),
        Role = Blank(request.Role),
        AnswersJson = JsonSerializer.Serialize(request.Answers ?? []),
        Language = language,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
