namespace Hedershus.Core.Identity;

/// <summary>Who is acting in the current request or job. The host provides it; outside a request it is <see cref="Actor.System"/>.</summary>
public interface ICurrentActor
{
    Actor Current { get; }
}
