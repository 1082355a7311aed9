namespace Hedershus.Web.Backoffice.Shell;

/// <summary>The "Backoffice" section: where module manifests are read from.</summary>
public sealed class BackofficeUiOptions
{
    public const string Section = "Backoffice";

    /// <summary>The folder holding one folder per module with its <c>module.json</c>; relative to the project root.</summary>
    public string AppPluginsPath { get; set; } = "App_Plugins";
}
