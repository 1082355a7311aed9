using System.Net;
using Hedershus.Tests.Operations;

namespace Hedershus.Tests.Site;

/// <summary>What only a real Kestrel server does for the site: a request line too long to read answers 414, never 500.</summary>
public sealed class SiteKestrelTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    [Fact]
    public async Task A_path_longer_than_the_server_reads_answers_414()
    {
        using var client = host.Factory.CreateClient();

        var response = await client.GetAsync("/" + string.Join('/', Enumerable.Repeat("ung-och-orolig", 1000)) + "/");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
