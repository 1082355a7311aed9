using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Shell;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Hedershus.Web.Backoffice.Modules;

/// <summary>Module sections (<c>/umbraco/section/{alias}</c>) and the modules' static files (<c>/App_Plugins/…</c>).</summary>
public static class ModuleEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapModuleSections(this RouteGroupBuilder backoffice) =>
        backoffice.MapGet("/section/{alias}", SectionAsync).WithName("BackofficeModuleSection");

    /// <summary>
    /// Served without authentication: the backoffice cookie is scoped to /umbraco and never reaches these paths, and
    /// the files are client code that carries no data.
    /// </summary>
    public static void MapModuleFiles(this IEndpointRouteBuilder app) =>
        app.MapMethods("/App_Plugins/{module}/{**file}", [HttpMethods.Get, HttpMethods.Head], ServeFile).WithName("ModuleFile").ExcludeFromDescription();

    private static async Task<IResult> SectionAsync(
        string alias, HttpContext http, ModuleCatalog modules, BackofficeShellFactory shells)
    {
        if (modules.Find(alias) is not { } module)
        {
            return TypedResults.NotFound();
        }

        if (!await shells.MayAsync(http, module.Policy))
        {
            return TypedResults.Forbid();
        }

        return BackofficePages.Render<ModuleSectionPage>(await shells.CreateAsync(http, module.Alias), module);
    }

    private static Results<PhysicalFileHttpResult, NotFound> ServeFile(string module, string? file, ModuleCatalog modules)
    {
        // Only the folders of modules with a manifest are served; PhysicalFileProvider refuses paths that climb out.
        if (string.IsNullOrEmpty(file) || modules.Modules.FirstOrDefault(m => string.Equals(m.Folder, module, StringComparison.OrdinalIgnoreCase)) is not { } manifest)
        {
            return TypedResults.NotFound();
        }

        using var provider = new PhysicalFileProvider(Path.Combine(modules.Folder, manifest.Folder));
        var info = provider.GetFileInfo(file);
        if (!info.Exists || info.IsDirectory || info.PhysicalPath is null)
        {
            return TypedResults.NotFound();
        }

        var contentType = ContentTypes.TryGetContentType(info.Name, out var type) ? type : "application/octet-stream";
        return TypedResults.PhysicalFile(info.PhysicalPath, contentType, lastModified: info.LastModified);
    }
}
