using Hedershus.Core.Common;
using Hedershus.Core.Dictionary;
using Hedershus.Web.Backoffice.Components;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Backoffice.Shell;
using Hedershus.Web.Site;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Backoffice.DictionarySection;

/// <summary>
/// The dictionary section: the public site's frame words per culture. An empty field means the built-in text; a
/// saved text shows on the site at once (the site reads the in-memory dictionary snapshot).
/// </summary>
public static class DictionaryPageEndpoints
{
    public static void MapDictionaryPages(this RouteGroupBuilder backoffice)
    {
        var dictionary = backoffice.MapGroup("/dictionary").RequireAuthorization(BackofficePolicies.Content);
        dictionary.MapGet("", ShowAsync).WithName("BackofficeDictionary");
        dictionary.MapPost("", SaveAsync).WithName("BackofficeDictionarySave");
    }

    private static async Task<RazorComponentResult> ShowAsync(
        HttpContext http, string? culture, string? notice, CultureCatalog cultures, DictionarySnapshotService snapshot, BackofficeShellFactory shells)
    {
        var shell = await shells.CreateAsync(http, "dictionary");
        var code = cultures.Normalize(culture) ?? cultures.Default;
        var saved = notice == "saved" ? shell.T["Notice.saved"] : null;
        return BackofficePages.Render<DictionaryPage>(shell, Model(code, cultures, snapshot.Current.For(code), saved, false, new Dictionary<string, string[]>()));
    }

    private static async Task<IResult> SaveAsync(
        HttpContext http, string? culture, CultureCatalog cultures, DictionaryService dictionary, BackofficeShellFactory shells, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var code = cultures.Normalize(culture) ?? cultures.Default;
        var builtIn = SiteTexts.For(code);

        // A text equal to the built-in one is not stored, so later improvements to the defaults still arrive.
        var values = SiteTextSource.Keys.ToDictionary(
            k => k.Name,
            k => form[k.Name].ToString() is var v && v.Trim() != (string?)k.GetValue(builtIn) ? v : null);
        try
        {
            await dictionary.SetAsync(code, values, http.User.Identity?.Name, cancellationToken);
            return TypedResults.LocalRedirect($"/umbraco/dictionary?culture={code}&notice=saved");
        }
        catch (InputValidationException e)
        {
            var shell = await shells.CreateAsync(http, "dictionary");
            var posted = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!);
            var model = Model(code, cultures, posted, shell.T["SaveRefused"], true, shell.T.Refusals(e.Errors));
            return BackofficePages.Render<DictionaryPage>(shell, model, StatusCodes.Status400BadRequest);
        }
    }

    private static DictionaryModel Model(
        string culture, CultureCatalog cultures, IReadOnlyDictionary<string, string> values, string? notice, bool isError, IReadOnlyDictionary<string, string[]> errors)
    {
        var builtIn = SiteTexts.For(culture);
        var rows = SiteTextSource.Keys.Select(k => new DictionaryRow(k.Name, (string?)k.GetValue(builtIn) ?? "", values.GetValueOrDefault(k.Name))).ToList();
        return new DictionaryModel(culture, cultures.All, rows, notice, isError, errors);
    }
}
