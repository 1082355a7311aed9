using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Hedershus.Web.Jobs;

/// <summary>
/// Hangfire's log provider is one process-wide static, set by the host that configured Hangfire last. When that
/// host has stopped (tests run several hosts in one process), its logger factory is disposed; Hangfire then gets
/// silent loggers instead of an ObjectDisposedException in the middle of enqueueing a job.
/// </summary>
internal sealed class HangfireLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return SilentLog.Instance;
        }
    }

    private sealed class SilentLog : ILog
    {
        public static SilentLog Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
