using Microsoft.Extensions.Hosting;

namespace Hedershus.Core.Search.Analysis;

/// <summary>
/// Builds the analysers and reads the synonym files while the host starts, so a broken synonym file stops
/// start-up with its file and line instead of failing the first search.
/// </summary>
internal sealed class SearchAnalysisStartupCheck(SearchAnalyzers analyzers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = analyzers.ForCulture("sv");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
