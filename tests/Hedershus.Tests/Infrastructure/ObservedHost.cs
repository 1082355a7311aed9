using Hedershus.Core.Data;
using Hedershus.Web.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hedershus.Tests.Infrastructure;

/// <summary>A host whose log entries and operator console are captured, with settings of the deriving fixture.</summary>
public abstract class ObservedHost(DatabaseProvider provider) : HostFixture(provider)
{
    private readonly StringWriter _console = new();

    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>What the host printed for the operator; the banner is written while the host starts, before any test reads.</summary>
    public string ConsoleText => _console.ToString();

    protected virtual void AddSettings(Dictionary<string, string?> settings)
    {
    }

    protected override void Configure(HedershusFactory factory)
    {
        AddSettings(factory.Settings);
        factory.TestServices.Add(services =>
        {
            services.AddSingleton(new OperatorConsole(TextWriter.Synchronized(_console)));
            services.AddSingleton<ILoggerProvider>(Logs);
        });
    }
}
