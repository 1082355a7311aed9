using System.Net;
using System.Net.Http.Json;
using Hedershus.Web.Operations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Operations;

public sealed class KestrelTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    [Fact]
    public async Task A_body_over_the_limit_answers_413_problem_details()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.PostAsync("/testing/echo-length", new ByteArrayContent(new byte[KestrelHost.MaxRequestBytes * 2]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(413, problem!.Status);
        Assert.Equal("Too large.", problem.Title);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_read()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.PostAsync("/testing/echo-length", new ByteArrayContent(new byte[KestrelHost.MaxRequestBytes / 2]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(KestrelHost.MaxRequestBytes / 2, (await response.Content.ReadFromJsonAsync<EchoLengthAnswer>())!.Length);
    }

    [Fact]
    public async Task Responses_carry_no_server_header_but_the_security_headers()
    {
        using var client = host.Factory.CreateClient();
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public void Server_limits_and_shutdown_timeout_come_from_configuration()
    {
        var kestrel = host.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        Assert.False(kestrel.AddServerHeader);
        Assert.Equal(KestrelHost.MaxRequestBytes, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(
            TimeSpan.FromSeconds(KestrelHost.ShutdownTimeoutSeconds),
            host.Factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void The_banner_lists_the_listening_address_and_every_entry_point()
    {
        using var client = host.Factory.CreateClient();
        var address = client.BaseAddress!.ToString().TrimEnd('/');

        foreach (var path in new[] { "/", "/umbraco", "/umbraco/delivery/api/v2/content", "/umbraco/management/api/v1", "/health", "/umbraco/jobs" })
        {
            Assert.Contains(address + path + Environment.NewLine, host.ConsoleText, StringComparison.Ordinal);
        }

        Assert.Contains("admin@hedershus.local", host.ConsoleText, StringComparison.Ordinal);
    }
}
