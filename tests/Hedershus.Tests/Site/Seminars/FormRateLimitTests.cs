using System.Net;
using Hedershus.Tests.Infrastructure;
using Hedershus.Tests.Mail;
using Hedershus.Tests.Seminars;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>The form and the API share one per-client limit (two a minute in this host), so switching gains nothing.</summary>
public abstract class FormRateLimitTests(RateLimitedHost host)
{
    [Fact]
    public async Task The_form_and_the_api_draw_on_one_allowance_and_the_refused_form_keeps_what_was_typed()
    {
        var (seminar, route) = await SeminarSiteStory.CreateAsync(host.Factory, new SeminarSpec { Capacity = 10 });
        using var visitor = new SeminarFormClient(host.Factory);
        var email = OutboxStory.NewAddress();
        await ManagementClient.ExpectAsync(await SeminarStory.RegisterAsync(visitor.Http, seminar, SeminarStory.Registration(OutboxStory.NewAddress())), HttpStatusCode.Created);

        using var second = await visitor.SendAsync(await visitor.OpenAsync(route), SeminarFormClient.Person(OutboxStory.NewAddress()));
        using var third = await visitor.SendAsync(await visitor.OpenAsync(route), SeminarFormClient.Person(email));
        using var fourth = await SeminarStory.RegisterAsync(visitor.Http, seminar, SeminarStory.Registration(OutboxStory.NewAddress()));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = await third.Content.ReadAsStringAsync();
        Assert.Contains("Vänta en minut och skicka igen", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        var item = await ManagementClient.ExpectAsync(await visitor.Http.GetAsync($"/api/seminars/{seminar}"), HttpStatusCode.OK);
        Assert.Equal(8, item["seatsLeft"]!.GetValue<int>());
    }
}

public sealed class SqliteFormRateLimitTests(SqliteRateLimitedHost host) : FormRateLimitTests(host), IClassFixture<SqliteRateLimitedHost>;

public sealed class PostgresFormRateLimitTests(PostgresRateLimitedHost host) : FormRateLimitTests(host), IClassFixture<PostgresRateLimitedHost>;
