using Hedershus.Core.Common;

namespace Hedershus.Core.Seminars;

/// <summary>
/// Checks a group registration: between one and <c>Seminars:MaxGroupSize</c> people, no e-mail address twice, and every
/// person's registration by <see cref="RegistrationRules"/>. Errors on shared fields keep their names ("consent");
/// errors on a person's fields are named by their place in the list ("members[2].email").
/// </summary>
public static class GroupRegistrationRules
{
    private static readonly HashSet<string> SharedFields = new(StringComparer.Ordinal)
    {
        "organisation", "organisationType", "municipality", "consent", "language",
    };

    /// <summary>Returns one registration request per person, in the order given.</summary>
    public static IReadOnlyList<RegistrationRequest> Expand(GroupRegistrationRequest request, Seminar seminar, CultureCatalog cultures, int maxGroupSize)
    {
        var members = request.Members ?? [];
        if (members.Count == 0)
        {
            throw new InputValidationException("members", "List at least one person.");
        }

        if (members.Count > maxGroupSize)
        {
            throw new InputValidationException("members", $"At most {maxGroupSize} people in one group registration.");
        }

        var requests = members.Select(m => new RegistrationRequest
        {
            Name = m.Name,
            Email = m.Email,
            Role = m.Role,
            Answers = m.Answers,
            Organisation = request.Organisation,
            OrganisationType = request.OrganisationType,
            Municipality = request.Municipality,
            Consent = request.Consent,
            Language = request.Language,
        }).ToList();
        Check(requests, seminar, cultures);
        return requests;
    }

    private static void Check(List<RegistrationRequest> requests, Seminar seminar, CultureCatalog cultures)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                RegistrationRules.Check(requests[i], seminar, cultures);
            }
            catch (InputValidationException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    errors[SharedFields.Contains(field) ? field : $"members[{i}].{field}"] = messages;
                }
            }

            if (requests[i].Email is { } email && !string.IsNullOrWhiteSpace(email) && !seen.Add(email.Trim().ToLowerInvariant()))
            {
                errors.TryAdd($"members[{i}].email", ["This address is listed twice."]);
            }
        }

        if (errors.Count > 0)
        {
            throw new InputValidationException(errors);
        }
    }
}
