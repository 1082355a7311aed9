using System.Net;
using Hedershus.Tests.Infrastructure;

namespace Hedershus.Tests.Operations;

public abstract class SecurityHeadersTests(HostFixture host)
{
    [Theory]
    [InlineData("GET", "/health", HttpStatusCode.OK)]
    [InlineData("GET", "/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("GET", "/umbraco/management/api/v1/documents/root/children", HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/umbraco/management/api/v1/anything", HttpStatusCode.NotFound)]
    [InlineData("POST", "/testing/echo-length", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_security_headers(string method, string path, HttpStatusCode expected)
    {
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("x") : null };
        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(
            "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'; object-src 'none'",
            Header(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("camera=(), microphone=(), geolocation=(), interest-cohort=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : $"(no {name} header)";
}

public sealed class SqliteSecurityHeadersTests(SqliteHost host) : SecurityHeadersTests(host), IClassFixture<SqliteHost>;

public sealed class PostgresSecurityHeadersTests(PostgresHost host) : SecurityHeadersTests(host), IClassFixture<PostgresHost>;
