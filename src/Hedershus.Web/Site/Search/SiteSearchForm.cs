using Hedershus.Core.Common;
using Hedershus.Core.Search.Querying;
using Microsoft.AspNetCore.Http.Features;

namespace Hedershus.Web.Site.Search;

/// <summary>
/// Reads the posted search form. The form is small, so the limits are small: a body built to exhaust the server is
/// refused (413) rather than parsed. Nothing read here is logged (SAFETY.md S9).
/// </summary>
public static class SiteSearchForm
{
    public const string TextField = "q";
    public const string PageField = "page";
    public const int MaxValuesPerFacet = 20;
    public const int MaxValueLength = 100;

    private static readonly FormOptions Limits = new()
    {
        ValueCountLimit = 200,
        KeyLengthLimit = 64,
        ValueLengthLimit = 4 * 1024,
        MultipartBodyLengthLimit = 16 * 1024,
        MultipartHeadersLengthLimit = 4 * 1024,
    };

    public static async Task<SiteSearchQuery> ReadAsync(HttpRequest request, IReadOnlyList<string> facets, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return SiteSearchQuery.Empty;
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, Limits));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new PayloadTooLargeException("The search form is larger than a search can be.");
        }

        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var values = form[facet].OfType<string>().Select(v => v.Trim())
                .Where(v => v.Length is > 0 and <= MaxValueLength).Distinct(StringComparer.Ordinal).Take(MaxValuesPerFacet).ToList();
            if (values.Count > 0)
            {
                filters[facet] = values;
            }
        }

        return new SiteSearchQuery(Words(form[TextField].FirstOrDefault()), filters, Page(form[PageField].FirstOrDefault()));
    }

    /// <summary>The words, with runs of white space as one space, cut at the longest query the search takes.</summary>
    private static string Words(string? text)
    {
        var words = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length <= SearchRequestValidator.MaxQueryLength)
        {
            return words;
        }

        var cut = words[..SearchRequestValidator.MaxQueryLength];
        return char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut;
    }

    private static int Page(string? page) =>
        int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? Math.Clamp(number, 1, SiteSearch.MaxPage)
            : 1;
}
