using Microsoft.Extensions.Hosting;

namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>
/// Loads the document types while the host starts, so a broken definition stops start-up with its message instead
/// of failing the first request that needs it.
/// </summary>
internal sealed class DocumentTypeStartupCheck(DocumentTypeRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = registry.All;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
