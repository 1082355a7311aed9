using System.Text;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Backoffice;

/// <summary>One branch of the matrix tree: a published root with two published pages, sv and en.</summary>
public sealed record MatrixBranch(Guid Root, Guid Page, Guid Sibling);

/// <summary>
/// Two branches made by automation for one matrix test: the user's start node is <see cref="RootInside"/>; the other
/// branch lies outside it.
/// </summary>
public sealed class MatrixTree(ManagementClient admin, MatrixBranch inside, MatrixBranch outside)
{
    public MatrixBranch Inside { get; } = inside;
    public MatrixBranch Outside { get; } = outside;
    public Guid RootInside => Inside.Root;

    public static async Task<MatrixTree> CreateAsync(HedershusFactory factory)
    {
        var admin = new ManagementClient(factory);
        return new MatrixTree(admin, await BranchAsync(admin), await BranchAsync(admin));
    }

    public async Task<int> RevisionAsync(Guid node) => (await admin.GetAsync(node))["revision"]!.GetValue<int>();

    /// <summary>The oldest version of a node (the versions list is newest first).</summary>
    public async Task<int> FirstVersionAsync(Guid node)
    {
        var versions = System.Text.Json.Nodes.JsonNode.Parse(await admin.Http.GetStringAsync($"{ManagementClient.Base}/documents/{node}/versions"))!.AsArray();
        return versions[^1]!["id"]!.GetValue<int>();
    }

    /// <summary>Everything an action could change in a branch, as the administrator sees it.</summary>
    public async Task<string> FingerprintAsync(MatrixBranch branch)
    {
        var text = new StringBuilder();
        foreach (var path in new[]
        {
            $"/documents/{branch.Page}", $"/documents/{branch.Sibling}", $"/documents/{branch.Root}",
            $"/documents/{branch.Root}/children", $"/documents/{branch.Sibling}/children", $"/documents/{branch.Page}/versions",
        })
        {
            text.AppendLine(await admin.Http.GetStringAsync(ManagementClient.Base + path));
        }

        return text.ToString();
    }

    private static async Task<MatrixBranch> BranchAsync(ManagementClient admin)
    {
        var root = await admin.CreatePublishedRootAsync("testRoot", "sv", "en");
        var page = await admin.CreatePublishedAsync("testPage", root, ("sv", "Sidan"), ("en", "The page"));
        var sibling = await admin.CreatePublishedAsync("testPage", root, ("sv", "Syskonet"), ("en", "The sibling"));
        return new MatrixBranch(root, page, sibling);
    }
}
