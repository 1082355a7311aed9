using Hedershus.Web.Backoffice.Modules;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;

namespace Hedershus.Web.Backoffice.Shell;

/// <summary>Builds the shell for the current request: only the sections the user's groups may open.</summary>
public sealed class BackofficeShellFactory(IAntiforgery antiforgery, IAuthorizationService authorization, ModuleCatalog modules)
{
    private static readonly (string Alias, string TextKey, string Href, string Policy)[] BuiltIn =
    [
        ("content", "Content", "/umbraco/content", BackofficePolicies.Content),
        ("media", "Media", "/umbraco/media", BackofficePolicies.Media),
        ("dictionary", "Dictionary", "/umbraco/dictionary", BackofficePolicies.Content),
        ("reviews", "Reviews", "/umbraco/reviews", BackofficePolicies.Content),
        ("audit-log", "AuditLog", "/umbraco/audit-log", BackofficePolicies.AuditLog),
        ("users", "Users", "/umbraco/users", BackofficePolicies.Administration),
    ];

    public async Task<BackofficeShell> CreateAsync(HttpContext http, string currentSection)
    {
        var text = new BackofficeText(BackofficeLanguage.Of(http));
        var sections = new List<BackofficeNavItem>();
        foreach (var (alias, key, href, policy) in BuiltIn)
        {
            if (await MayAsync(http, policy))
            {
                sections.Add(new BackofficeNavItem(alias, text[key], href));
            }
        }

        foreach (var module in modules.Modules)
        {
            if (await MayAsync(http, module.Policy))
            {
                sections.Add(new BackofficeNavItem(module.Alias, module.NameIn(text.Language), $"/umbraco/section/{module.Alias}"));
            }
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return new BackofficeShell
        {
            T = text,
            UserName = http.User.Identity?.Name ?? "",
            Sections = sections,
            CurrentSection = currentSection,
            AntiforgeryField = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken ?? "",
            ReturnUrl = http.Request.Path + http.Request.QueryString,
        };
    }

    public async Task<bool> MayAsync(HttpContext http, string policy) =>
        (await authorization.AuthorizeAsync(http.User, policy)).Succeeded;
}
