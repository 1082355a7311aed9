using System.Net;
using System.Text.RegularExpressions;
using Hedershus.Tests.Content;

namespace Hedershus.Tests.Site;

/// <summary>The method bank for professionals: every method, filtered by topic and profession with a plain GET form.</summary>
public abstract partial class MethodBankTests(SeedHost host) : IDisposable
{
    private readonly HttpClient _http = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task The_method_bank_lists_every_method_with_its_professions_and_review_date()
    {
        var html = await PageAsync("/metodbank/");

        Assert.Contains("<title>Metodbank – Hedershus</title>", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\" action=\"/metodbank/\" class=\"filters\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"risk-assessment\">Riskbedömning</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"school\">Skola och förskola</option>", html, StringComparison.Ordinal);
        Assert.Equal(8, Methods(html).Count);
        Assert.Contains("Yrke: Socialtjänst, Polis", html, StringComparison.Ordinal);
        Assert.Contains("Senast granskad <time datetime=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topic_and_profession_narrow_the_list_and_say_so_when_nothing_fits()
    {
        var patriark = await PageAsync("/metodbank/?amne=risk-assessment");
        var school = await PageAsync("/metodbank/?yrke=school");
        var none = await PageAsync("/metodbank/?amne=risk-assessment&yrke=school");

        Assert.Equal(["Riskbedömning med PATRIARK"], Methods(patriark));
        Assert.Contains("<option value=\"risk-assessment\" selected>", patriark, StringComparison.Ordinal);
        Assert.Contains("Skolans roll", Methods(school));
        Assert.DoesNotContain("Riskbedömning med PATRIARK", Methods(school));
        Assert.Empty(Methods(none));
        Assert.Contains("Ingen metod passar det valet ännu.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_filter_values_read_as_no_filter_and_are_never_echoed()
    {
        var html = await PageAsync("/metodbank/?amne=%3Cscript%3E&yrke=Atlantis&yrke=police&x=1");

        Assert.Equal(8, Methods(html).Count);
        Assert.DoesNotContain("Atlantis", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_method_bank_speaks_the_visitors_language_and_marks_methods_shown_in_swedish()
    {
        var english = await PageAsync("/en/method-bank/?yrke=police");
        var arabic = await PageAsync("/ar/metodbank/");

        Assert.Contains("<h1>Method bank</h1>", english, StringComparison.Ordinal);
        Assert.Contains("Risk assessment with PATRIARK", Methods(english));
        Assert.Contains("href=\"/en/professionals/", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("<h1>بنك الأساليب</h1>", arabic, StringComparison.Ordinal);
        Assert.Contains("<li lang=\"sv\"><h2><a href=\"/ar/yrkesverksamma/riskbedomning-patriark/\">", arabic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_professionals_room_leads_to_the_method_bank()
    {
        Assert.Contains("<a href=\"/metodbank/\">Metodbank</a>", await PageAsync("/yrkesverksamma/"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/method-bank/\">Method bank</a>", await PageAsync("/en/professionals/"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await _http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Methods(string html) => MethodTitle().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<li(?: lang=\"[a-z]+\")?><h2><a href=\"[^\"]+\">([^<]+)</a></h2>")]
    private static partial Regex MethodTitle();
}

public sealed class SqliteMethodBankTests(SqliteSeedHost host) : MethodBankTests(host), IClassFixture<SqliteSeedHost>;

public sealed class PostgresMethodBankTests(PostgresSeedHost host) : MethodBankTests(host), IClassFixture<PostgresSeedHost>;
