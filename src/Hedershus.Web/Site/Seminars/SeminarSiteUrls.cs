namespace Hedershus.Web.Site.Seminars;

/// <summary>
/// Addresses of the seminar pages that are not content: the calendar per culture ("/seminarier/", "/en/seminars/")
/// and where a seminar's form posts ("/seminarier/{id}/anmalan"). Registrant pages keep their one Swedish path
/// (<see cref="Core.Seminars.RegistrationMailer.RegistrantPath"/>), since the e-mail links carry it.
/// </summary>
public sealed class SeminarSiteUrls(SiteCultures cultures)
{
    public const string RegisterSegment = "anmalan";

    public string Calendar(string culture) => cultures.Root(culture) + SeminarTexts.For(culture).CalendarSegment + "/";

    public string Register(string culture, Guid seminarKey) => Calendar(culture) + seminarKey.ToString("D") + "/" + RegisterSegment;

    /// <summary>Each culture's calendar path, as endpoint routes are mapped.</summary>
    public IEnumerable<(string Culture, string CalendarPath)> All() =>
        cultures.All.Select(c => (c.Code, Calendar(c.Code).TrimEnd('/')));
}
