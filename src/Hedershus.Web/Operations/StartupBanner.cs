using System.Text;
using Hedershus.Core.Identity;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Jobs;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hedershus.Web.Operations;

/// <summary>Tells the operator, once the server listens, where the hub answers and how to sign in.</summary>
public sealed class StartupBanner(IServer server, OperatorConsole console)
{
    private static readonly (string Name, string Path)[] Places =
    [
        ("Public site", "/"),
        ("Backoffice", "/umbraco"),
        ("Delivery API", "/umbraco/delivery/api/v2/content"),
        ("Management API", ManagementApi.BasePath),
        ("Health", "/health"),
        ("Jobs", JobsExtensions.DashboardPath),
    ];

    public void Show(FirstAdministratorResult firstAdministrator)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        console.Writer.Write(Compose(addresses, firstAdministrator));
        console.Writer.Flush();
    }

    public static string Compose(IReadOnlyList<string> addresses, FirstAdministratorResult firstAdministrator)
    {
        var text = new StringBuilder().AppendLine().AppendLine("Hedershus is running.");
        var baseAddress = addresses.Count > 0 ? Browsable(addresses[0]) : "";
        if (addresses.Count > 1)
        {
            text.AppendLine("  Listening on:   " + string.Join(", ", addresses.Select(Browsable)));
        }

        foreach (var (name, path) in Places)
        {
            text.AppendLine($"  {name + ":",-16}{baseAddress}{path}");
        }

        text.AppendLine().AppendLine("Sign in to the backoffice as the first administrator:");
        text.AppendLine("  E-mail:         " + firstAdministrator.Email);
        text.AppendLine("  Password:       " + PasswordHint(firstAdministrator));
        return text.AppendLine().ToString();
    }

    private static string PasswordHint(FirstAdministratorResult firstAdministrator) => firstAdministrator switch
    {
        { GeneratedPassword: { } password } => password + Environment.NewLine +
            "                  (generated now and shown only this once; you must change it when you first sign in)",
        { PasswordConfigured: true } => "the password you configured (Hedershus:Admin:Password)",
        _ => "the one printed here at the first start, or the one you chose since",
    };

    /// <summary>A wildcard listen address ("http://[::]:80", "http://+:80") becomes one a browser can open.</summary>
    private static string Browsable(string address)
    {
        foreach (var wildcard in new[] { "://[::]", "://0.0.0.0", "://+", "://*" })
        {
            if (address.Contains(wildcard, StringComparison.Ordinal))
            {
                return address.Replace(wildcard, "://localhost", StringComparison.Ordinal).TrimEnd('/');
            }
        }

        return address.TrimEnd('/');
    }
}
