using System.Text;
using Hedershus.Web.Site.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Hedershus.Web.Site;

/// <summary>
/// Renders a page to UTF-8 bytes with a static <see cref="HtmlRenderer"/>, so the bytes can be kept and served
/// again (<see cref="SitePageCache"/>). A renderer per page: one renderer's dispatcher would render one page at a
/// time. The container's <c>HtmlEncoder</c> is used, as for any Razor component.
/// </summary>
public sealed class SitePageRenderer(IServiceScopeFactory services, ILoggerFactory loggers)
{
    public async Task<byte[]> RenderAsync(SiteView view)
    {
        // The renderer resolves scoped services (Blazor's activity source), so it gets a scope of its own, not the root.
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(SitePage.View)] = view });
            var root = await renderer.RenderComponentAsync<SitePage>(parameters);
            return root.ToHtmlString();
        });
        return Encoding.UTF8.GetBytes(html);
    }
}
