using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using static Hedershus.Tests.Infrastructure.ManagementClient;

namespace Hedershus.Tests.Backoffice;

/// <summary>The content actions of the matrix; the culture is part of the action where it matters.</summary>
public enum MatrixAction
{
    Browse,
    Create,
    UpdateSwedish,
    UpdateEnglish,
    UpdateShared,
    Trash,
    PublishEnglish,
    UnpublishEnglish,
    ScheduleEnglish,
    Move,
    Sort,
    Copy,
    RollbackEnglish,
}

/// <summary>Each <see cref="MatrixAction"/> as the management API call an editor's screen makes.</summary>
public static class MatrixActions
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, MatrixTree tree, MatrixBranch branch, MatrixAction action, FakeTimeProvider clock)
    {
        var page = $"{Base}/documents/{branch.Page}";
        return action switch
        {
            MatrixAction.Browse => await http.GetAsync(page),
            MatrixAction.Create => await http.PostAsJsonAsync($"{Base}/documents", new
            {
                contentType = "testPage",
                parentId = branch.Root,
                cultures = new { sv = Culture("Ny sida " + Guid.NewGuid().ToString("N")[..6], new { title = "Ny" }) },
            }),
            MatrixAction.UpdateSwedish => await http.PutAsJsonAsync(page, new
            {
                revision = await tree.RevisionAsync(branch.Page),
                cultures = new { sv = Culture("Sidan", new { title = "Ändrad rubrik" }) },
            }),
            MatrixAction.UpdateEnglish => await http.PutAsJsonAsync(page, new
            {
                revision = await tree.RevisionAsync(branch.Page),
                cultures = new { en = Culture("The page", new { title = "Changed title" }) },
            }),
            MatrixAction.UpdateShared => await http.PutAsJsonAsync(page, new { revision = await tree.RevisionAsync(branch.Page), properties = new { code = "X-1" } }),
            MatrixAction.Trash => await http.PostAsync($"{page}/trash", null),
            MatrixAction.PublishEnglish => await http.PostAsJsonAsync($"{page}/publish", new { cultures = new[] { "en" } }),
            MatrixAction.UnpublishEnglish => await http.PostAsJsonAsync($"{page}/unpublish", new { cultures = new[] { "en" } }),
            MatrixAction.ScheduleEnglish => await http.PutAsJsonAsync($"{page}/schedule", new { culture = "en", publishAt = clock.GetUtcNow().UtcDateTime.AddDays(1) }),
            MatrixAction.Move => await http.PostAsJsonAsync($"{page}/move", new { parentId = branch.Sibling }),
            MatrixAction.Sort => await http.PutAsJsonAsync($"{Base}/documents/{branch.Root}/children/sort", new { ids = new[] { branch.Sibling, branch.Page } }),
            MatrixAction.Copy => await http.PostAsJsonAsync($"{page}/copy", new { parentId = branch.Sibling, includeDescendants = false }),
            MatrixAction.RollbackEnglish => await http.PostAsJsonAsync($"{page}/versions/{await tree.FirstVersionAsync(branch.Page)}/rollback", new { culture = "en" }),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }
}
