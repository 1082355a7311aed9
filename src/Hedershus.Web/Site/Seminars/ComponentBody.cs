using Microsoft.AspNetCore.Components;

namespace Hedershus.Web.Site.Seminars;

/// <summary>The main part of a feature page: one component with one parameter, rendered inside <c>SitePage</c>'s frame.</summary>
public static class ComponentBody
{
    public static RenderFragment Of<TComponent>(string parameter, object value)
        where TComponent : IComponent => builder =>
    {
        builder.OpenComponent<TComponent>(0);
        builder.AddAttribute(1, parameter, value);
        builder.CloseComponent();
    };
}
