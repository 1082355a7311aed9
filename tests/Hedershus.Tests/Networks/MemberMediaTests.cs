using System.Net;
using System.Text.Json.Nodes;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Tests.Media;

namespace Hedershus.Tests.Networks;

/// <summary>Media that only member pages use is served to the network's active members alone; everyone else gets 404.</summary>
public abstract class MemberMediaTests(NetworkHost host) : IDisposable
{
    private readonly MediaApiClient _media = new(host);

    private HedershusFactory Factory => host.Factory;

    [Fact]
    public async Task A_file_only_member_pages_use_is_404_to_visitors_and_outsiders_and_served_privately_to_members()
    {
        var secret = (await _media.UploadAsync(MediaSamples.Png, "anteckningar.png", "image/png")).GetProperty("url").GetString()!;
        var shared = (await _media.UploadAsync(MediaSamples.Png, "logga.png", "image/png")).GetProperty("url").GetString()!;
        var unused = (await _media.UploadAsync(MediaSamples.Png, "fri.png", "image/png")).GetProperty("url").GetString()!;
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var other = await NetworkStory.CreateAsync(Factory, "open");
        using var api = new ManagementClient(Factory);
        var page = ManagementClient.Id(await api.CreateAsync("memberPage", network.Id, new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Bilder", new { body = $"<p>Bilder från träffen.</p><p><a href=\"{secret}\">Anteckningar</a> och <a href=\"{shared}\">vår logga</a></p>" }, "bilder"),
        }));
        await api.PublishAsync(page, "sv");
        var publicPage = ManagementClient.Id(await api.CreateAsync("network", await api.CreatePublishedRootAsync("home", "sv"), new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Offentlig " + Guid.NewGuid().ToString("N")[..6], new { summary = "Öppen.", body = $"<p>Vår logga.</p><p><a href=\"{shared}\">Logga</a></p>" }),
        }, new { membershipPolicy = "open" }));
        await api.PublishAsync(publicPage, "sv");
        await NetworkStory.RouteAsync(Factory, publicPage);

        using var visitor = NetworkStory.SiteClient(Factory);
        var refused = await visitor.GetAsync(secret);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(shared)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(unused)).StatusCode);

        var outsider = OutboxStory.NewAddress();
        await NetworkStory.JoinAndConfirmAsync(host, visitor, other.Id, outsider);
        var outsiderToken = await NetworkStory.TokenAsync(host, visitor, outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.SendAsync(NetworkStory.WithToken(HttpMethod.Get, secret, outsiderToken))).StatusCode);

        var member = OutboxStory.NewAddress();
        using var memberClient = NetworkStory.SiteClient(Factory);
        await NetworkStory.JoinAndConfirmAsync(host, memberClient, network.Id, member);
        var token = await NetworkStory.TokenAsync(host, memberClient, member);
        var byToken = await memberClient.SendAsync(NetworkStory.WithToken(HttpMethod.Get, secret, token));
        Assert.Equal(HttpStatusCode.OK, byToken.StatusCode);
        Assert.Equal(MediaSamples.Png, await byToken.Content.ReadAsByteArrayAsync());
        Assert.True(byToken.Headers.CacheControl is { Private: true, NoStore: true });

        var (_, link) = await NetworkStory.RequestCodeAsync(host, memberClient, member);
        Assert.Equal(HttpStatusCode.Redirect, (await memberClient.PostAsync("/medlem/logga-in/" + link, null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync(secret)).StatusCode);

        // Leaving the network closes the file again.
        Assert.Equal(HttpStatusCode.NoContent, (await memberClient.SendAsync(NetworkStory.WithToken(HttpMethod.Delete, $"/api/members/me/networks/{network.Id}", token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await memberClient.GetAsync(secret)).StatusCode);
    }

    [Fact]
    public async Task The_delivery_api_lists_and_finds_member_media_only_for_a_member_token_of_its_network()
    {
        var folderName = "Träffar " + Guid.NewGuid().ToString("N")[..6];
        var folder = (await _media.CreateFolderAsync(folderName)).GetProperty("id").GetGuid();
        var secret = await _media.UploadAsync(MediaSamples.Png, "protokoll.png", "image/png", ("parentId", folder.ToString()));
        var open = await _media.UploadAsync(MediaSamples.Png, "affisch.png", "image/png", ("parentId", folder.ToString()));
        var (secretId, secretUrl) = (secret.GetProperty("id").GetGuid(), secret.GetProperty("url").GetString()!);
        var openId = open.GetProperty("id").GetGuid();
        var network = await NetworkStory.CreateAsync(Factory, "open");
        var other = await NetworkStory.CreateAsync(Factory, "open");
        using var api = new ManagementClient(Factory);
        var page = ManagementClient.Id(await api.CreateAsync("memberPage", network.Id, new JsonObject
        {
            ["sv"] = ManagementClient.Culture("Protokoll", new { body = $"<p><a href=\"{secretUrl}\">Protokoll</a></p>" }, "protokoll"),
        }));
        await api.PublishAsync(page, "sv");
        await NetworkStory.RouteAsync(Factory, page);

        using var client = NetworkStory.SiteClient(Factory);
        var (list, byId, byPath, items) = ($"{MediaApiClient.DeliveryMedia}?fetch=children:{folder}", $"{MediaApiClient.DeliveryMedia}/item/{secretId}",
            $"{MediaApiClient.DeliveryMedia}/item/{Uri.EscapeDataString(folderName)}/protokoll.png", $"{MediaApiClient.DeliveryMedia}/items?id={secretId}&id={openId}");
        async Task<string> Body(string path, string? token, HttpStatusCode expected)
        {
            var response = await client.SendAsync(token is null ? new HttpRequestMessage(HttpMethod.Get, path) : NetworkStory.WithToken(HttpMethod.Get, path, token));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"{path}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            return body;
        }

        var outsider = OutboxStory.NewAddress();
        await NetworkStory.JoinAndConfirmAsync(host, client, other.Id, outsider);
        var member = OutboxStory.NewAddress();
        await NetworkStory.JoinAndConfirmAsync(host, client, network.Id, member);
        foreach (var token in new[] { null, await NetworkStory.TokenAsync(host, client, outsider) })
        {
            var listed = await Body(list, token, HttpStatusCode.OK);
            Assert.Contains("\"total\":1", listed, StringComparison.Ordinal);
            Assert.Contains(openId.ToString(), listed, StringComparison.Ordinal);
            Assert.DoesNotContain(secretId.ToString(), listed, StringComparison.Ordinal);
            Assert.DoesNotContain(secretUrl, listed, StringComparison.Ordinal);
            await Body(byId, token, HttpStatusCode.NotFound);
            await Body(byPath, token, HttpStatusCode.NotFound);
            var several = await Body(items, token, HttpStatusCode.OK);
            Assert.Contains(openId.ToString(), several, StringComparison.Ordinal);
            Assert.DoesNotContain(secretId.ToString(), several, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(token is null ? new HttpRequestMessage(HttpMethod.Get, secretUrl) : NetworkStory.WithToken(HttpMethod.Get, secretUrl, token))).StatusCode);
        }

        var memberToken = await NetworkStory.TokenAsync(host, client, member);
        var memberList = await Body(list, memberToken, HttpStatusCode.OK);
        Assert.Contains("\"total\":2", memberList, StringComparison.Ordinal);
        Assert.Contains(secretUrl, memberList, StringComparison.Ordinal);
        Assert.Contains(secretId.ToString(), await Body(byId, memberToken, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Contains(secretId.ToString(), await Body(byPath, memberToken, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Contains(secretId.ToString(), await Body(items, memberToken, HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(NetworkStory.WithToken(HttpMethod.Get, secretUrl, memberToken))).StatusCode);

        // The anonymous answers were cached while the member asked; they still leave the item out.
        Assert.DoesNotContain(secretId.ToString(), await Body(list, null, HttpStatusCode.OK), StringComparison.Ordinal);
        await Body(byId, null, HttpStatusCode.NotFound);
    }

    public void Dispose()
    {
        _media.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteMemberMediaTests(SqliteNetworkHost host) : MemberMediaTests(host), IClassFixture<SqliteNetworkHost>;

public sealed class PostgresMemberMediaTests(PostgresNetworkHost host) : MemberMediaTests(host), IClassFixture<PostgresNetworkHost>;
