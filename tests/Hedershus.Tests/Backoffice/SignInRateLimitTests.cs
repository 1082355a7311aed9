using System.Net;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Backoffice;

/// <summary>The sign-in rate limit refuses posts past the limit with 429, and logs no address while doing so.</summary>
public sealed class SignInRateLimitTests(LowSignInLimitHost host) : IClassFixture<LowSignInLimitHost>
{
    [Fact]
    public async Task Posts_past_the_limit_answer_429_with_retry_after()
    {
        using var browser = new AccountBrowser(host.Factory);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await browser.SignInAsync($"nobody{attempt}@hedershus.local", "Wrong-Password-1!")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("minut", browser.LastPage, StringComparison.Ordinal);
    }
}
