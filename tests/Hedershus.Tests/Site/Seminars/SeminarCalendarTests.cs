using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Site.Seminars;

/// <summary>The calendar over the seed's seminars: GET filters from fixed lists, seats left, no cookie, every culture.</summary>
public abstract partial class SeminarCalendarTests(SeedHost host) : IDisposable
{
    private const string Online = "Grundkurs om hedersrelaterat våld och förtryck – online";
    private const string Small = "Samtal med unga om heder och kontroll";
    private const string Network = "Nätverksträff: samverkan mellan kommun, skola och ideella organisationer";

    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("", new[] { Online, Small, Network })]
    [InlineData("?malgrupp=ngos", new[] { Online, Network })]
    [InlineData("?form=digitalt", new[] { Online })]
    [InlineData("?form=pa-plats", new[] { Small, Network })]
    [InlineData("?manad=2027-02", new[] { Small })]
    [InlineData("?amne=skola&form=pa-plats", new[] { Small })]
    [InlineData("?malgrupp=unknown&manad=2027-13&form=%3Cscript%3E&amne=x&utm_source=y", new[] { Online, Small, Network })]
    public async Task Filters_choose_among_the_upcoming_seminars_and_unknown_values_are_ignored(string query, string[] expected)
    {
        using var response = await _http.GetAsync("/seminarier/" + query);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, CardTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Each_seminar_shows_when_where_and_seats_left_or_why_registration_is_not_open()
    {
        var html = await _http.GetStringAsync("/seminarier/");

        Assert.Contains("<time datetime=\"2027-01-20T09:30&#x2B;01:00\">20 januari 2027, 09:30–12:30</time>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"seminar-place\">Digitalt</span>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<p class=\"seats seats-open\">\\d+ platser kvar</p>"), html);
        Assert.Contains("<p class=\"seats seats-closed\">Endast för medlemmar i nätverket</p>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2027-02\">februari 2027</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ngos\">Ideella organisationer</option>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/seminarier/\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/seminars/", "en", "ltr", "Training and seminars", "Introduction to honour-related violence and oppression – online")]
    [InlineData("/ar/seminarier/", "ar", "rtl", "الدورات التدريبية والندوات", Online)]
    [InlineData("/fa/seminars", "fa", "rtl", "Training and seminars", Online)]
    public async Task The_calendar_exists_in_every_culture_with_the_frame_and_marks_text_in_another_language(
        string path, string culture, string dir, string heading, string firstSeminar)
    {
        using var response = await _http.GetAsync(path);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"quick-exit\"", html, StringComparison.Ordinal);
        Assert.Equal(firstSeminar, WebUtility.HtmlDecode(CardTitle().Match(html).Groups[1].Value));
        if (culture == "ar")
        {
            Assert.Contains("lang=\"sv\">Grundkurs", html, StringComparison.Ordinal);
            Assert.Contains("20 يناير 2027، 09:30–12:30", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_calendar_in_each_language_and_head_answers()
    {
        var html = await _http.GetStringAsync("/seminarier/");
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/en/seminars/"));

        Assert.Contains("<a href=\"/en/seminars/\" lang=\"en\" hreflang=\"en\">English</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/ar/seminarier/\" lang=\"ar\" hreflang=\"ar\">", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task A_seminar_page_for_network_members_shows_no_form_and_sets_no_cookie()
    {
        var list = await _http.GetStringAsync("/seminarier/?form=pa-plats&malgrupp=ngos");
        var href = CardLink().Match(list).Groups[1].Value;

        using var response = await _http.GetAsync(href);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Endast för medlemmar i nätverket", html, StringComparison.Ordinal);
        Assert.DoesNotContain("registration-form", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("<dt>Vem kan anmäla sig</dt>", html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex("<li class=\"seminar-card\"><h3><a href=\"[^\"]+\"[^>]*>([^<]+)</a>")]
    private static partial Regex CardTitle();

    [GeneratedRegex("<li class=\"seminar-card\"><h3><a href=\"([^\"]+)\"")]
    private static partial Regex CardLink();
}

public sealed class SqliteSeminarCalendarTests(SqliteSeedHost host) : SeminarCalendarTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresSeminarCalendarTests(PostgresSeedHost host) : SeminarCalendarTests(host), IClassFixture<PostgresSeedHost>;
