using Hedershus.Core.Common;
using Hedershus.Core.Search.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hedershus.Tests.Search.Analysis;

public sealed class SynonymFileTests : IDisposable
{
    private readonly string _models = Directory.CreateTempSubdirectory("hedershus-synonyms-").FullName;

    [Fact]
    public void The_parser_reads_groups_explicit_rules_comments_and_escapes()
    {
        var rules = SynonymFileParser.Parse(new StringReader("""
            # a comment

            hvb, hem för vård eller boende
            fgm => könsstympning, kvinnlig omskärelse
            020-50 50 50\, dygnet runt, stödtelefon
            """), "test.txt");

        Assert.Equal(3, rules.Count);
        Assert.Equal(new[] { "hvb", "hem för vård eller boende" }, rules[0].From);
        Assert.False(rules[0].IsExplicit);
        Assert.Equal(4, rules[1].Line);
        Assert.Equal(new[] { "fgm" }, rules[1].From);
        Assert.Equal(new[] { "könsstympning", "kvinnlig omskärelse" }, rules[1].To);
        Assert.Equal("020-50 50 50, dygnet runt", rules[2].From[0]);
    }

    [Theory]
    [InlineData("a => b => c", "more than one '=>'")]
    [InlineData("a, , b", "empty phrase")]
    [InlineData("a, b,", "empty phrase")]
    [InlineData("=> b", "empty phrase")]
    [InlineData("ensam", "at least two phrases")]
    public void A_broken_line_names_the_file_and_the_line(string line, string problem)
    {
        var error = Assert.Throws<SynonymFileException>(() =>
            SynonymFileParser.Parse(new StringReader($"# rules\nhvb, behandlingshem\n{line}\n"), "synonyms.sv.txt"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("synonyms.sv.txt, line 3:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_of_stop_words_only_is_refused_when_the_analysers_load_the_file()
    {
        File.WriteAllText(Path.Combine(_models, "synonyms.sv.txt"), "hvb, behandlingshem\noch, att\n");

        var error = Assert.Throws<SynonymFileException>(CreateAnalyzers);

        Assert.Equal(2, error.Line);
        Assert.Contains("synonyms.sv.txt", error.File, StringComparison.Ordinal);
        Assert.Contains("'och' has no searchable word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_without_an_arrow_is_refused()
    {
        File.WriteAllText(Path.Combine(_models, SearchAnalyzers.EnglishToSwedishFile), "school => skola\nteacher, lärare\n");

        var error = Assert.Throws<SynonymFileException>(CreateAnalyzers);

        Assert.Equal(2, error.Line);
        Assert.Contains("needs '=>'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reloading_a_broken_file_keeps_the_rules_in_force()
    {
        var file = Path.Combine(_models, "synonyms.sv.txt");
        File.WriteAllText(file, "hvb, behandlingshem\n");
        using var analyzers = CreateAnalyzers();
        File.WriteAllText(file, "hvb, behandlingshem\nlvu => => tvångsvård\n");

        Assert.Throws<SynonymFileException>(analyzers.ReloadSynonyms);

        Assert.Equal(1, analyzers.SynonymsFor("sv").RuleCount);
        File.WriteAllText(file, "hvb, behandlingshem\nlvu => tvångsvård\n");
        analyzers.ReloadSynonyms();
        Assert.Equal(2, analyzers.SynonymsFor("sv").RuleCount);
    }

    [Fact]
    public async Task A_broken_synonym_file_stops_start_up_with_its_name_and_line()
    {
        File.WriteAllText(Path.Combine(_models, "synonyms.en.txt"), "honour, honor\n\nforced marriage =>\n");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Hedershus:ModelsPath"] = _models });
        builder.Services.AddHedershusCommon(builder.Configuration, _models).AddSearchAnalysis();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<SynonymFileException>(() => host.StartAsync());

        Assert.Contains("synonyms.en.txt, line 3", error.Message, StringComparison.Ordinal);
    }

    private SearchAnalyzers CreateAnalyzers()
    {
        var options = Options.Create(new HedershusOptions { ModelsPath = _models });
        return new SearchAnalyzers(new HedershusPaths(options, _models), new CultureCatalog(options));
    }

    public void Dispose() => Directory.Delete(_models, recursive: true);
}
