using Hedershus.Core.Common;
using Hedershus.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hedershus.Core.Identity.Users;

/// <summary>Checks the groups, cultures and start nodes of a <see cref="SaveUserRequest"/>, naming each bad field.</summary>
public sealed class UserSettingsValidator(HedershusDbContext db, CultureCatalog cultures)
{
    public async Task<(List<string> Groups, List<string> Cultures, List<Guid> StartNodes)> CheckAsync(
        SaveUserRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var groups = (request.Groups ?? []).Distinct(StringComparer.Ordinal).ToList();
        foreach (var unknown in groups.Where(g => !BackofficeRoles.All.Contains(g)))
        {
            errors.Add("groups", $"'{unknown}' is not a user group ({string.Join(", ", BackofficeRoles.All)}).");
        }

        var cultureCodes = new List<string>();
        foreach (var culture in (request.Cultures ?? []).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (cultures.Normalize(culture) is { } code)
            {
                cultureCodes.Add(code);
            }
            else
            {
                errors.Add("cultures", $"'{culture}' is not a culture of this site.");
            }
        }

        var startNodes = (request.StartNodes ?? []).Distinct().ToList();
        var found = await db.ContentNodes.Where(n => startNodes.Contains(n.Key)).Select(n => n.Key).ToListAsync(cancellationToken);
        foreach (var missing in startNodes.Except(found))
        {
            errors.Add("startNodes", $"There is no content node with id {missing}.");
        }

        return (groups, cultureCodes, startNodes);
    }
}
