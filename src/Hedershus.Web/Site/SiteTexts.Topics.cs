namespace Hedershus.Web.Site;

/// <summary>
/// Labels of the topic tags content uses. Topics are free tags, so a culture may lack one: <see cref="TopicLabel"/>
/// then shows the English label marked <c>lang="en"</c>, or the tag itself.
/// </summary>
public static partial class SiteTexts
{
    private static Dictionary<string, string> SwedishTopics => new()
    {
        ["honour-related-violence"] = "Hedersrelaterat våld och förtryck", ["forced-marriage"] = "Tvångsäktenskap",
        ["child-marriage"] = "Barnäktenskap", ["female-genital-mutilation"] = "Könsstympning", ["virginity-control"] = "Oskuldskontroller",
        ["abroad"] = "Att föras utomlands", ["travel-ban"] = "Utreseförbud", ["threats-and-control"] = "Hot och kontroll",
        ["lgbtq"] = "Hbtqi", ["digital-control"] = "Digital kontroll", ["digital-safety"] = "Digital säkerhet",
        ["protected-identity"] = "Skyddade personuppgifter", ["protected-housing"] = "Skyddat boende",
        ["report-of-concern"] = "Orosanmälan", ["duty-to-report"] = "Anmälningsplikt", ["social-services"] = "Socialtjänsten",
        ["police"] = "Polisen", ["health-care"] = "Hälso- och sjukvård", ["health"] = "Hälsa",
        ["support-for-relatives"] = "Stöd till anhöriga", ["relatives"] = "Anhöriga", ["friends"] = "Vänner", ["parents"] = "Föräldrar",
        ["violence-prevention"] = "Att sluta använda våld", ["stop-violence"] = "Sluta använda våld",
        ["perpetrators"] = "Den som utövar våld", ["family-pressure"] = "Press från släkten", ["law"] = "Lagar",
        ["rights"] = "Dina rättigheter", ["helplines"] = "Stödlinjer", ["acute-help"] = "Akut hjälp",
        ["risk-assessment"] = "Riskbedömning", ["patriark"] = "PATRIARK", ["safety-planning"] = "Säkerhetsplanering",
        ["safety"] = "Säkerhet", ["conversation"] = "Samtal", ["disclosure"] = "När någon berättar", ["young-people"] = "Unga",
        ["children"] = "Barn", ["men"] = "Män", ["school"] = "Skolan", ["cooperation"] = "Samverkan", ["interpreters"] = "Tolk",
        ["warning-signs"] = "Varningstecken", ["ngo"] = "Ideella organisationer", ["faq"] = "Frågor och svar", ["news"] = "Nyheter",
        ["accessibility"] = "Tillgänglighet",
    };

    private static Dictionary<string, string> EnglishTopics => new()
    {
        ["honour-related-violence"] = "Honour-related violence and oppression", ["forced-marriage"] = "Forced marriage",
        ["child-marriage"] = "Child marriage", ["female-genital-mutilation"] = "Female genital mutilation", ["virginity-control"] = "Virginity checks",
        ["abroad"] = "Being taken abroad", ["travel-ban"] = "Travel ban", ["threats-and-control"] = "Threats and control",
        ["lgbtq"] = "LGBTQI", ["digital-control"] = "Digital control", ["digital-safety"] = "Digital safety",
        ["protected-identity"] = "Protected personal details", ["protected-housing"] = "Protected housing",
        ["report-of-concern"] = "Report of concern", ["duty-to-report"] = "Duty to report", ["social-services"] = "Social services",
        ["police"] = "The police", ["health-care"] = "Health care", ["health"] = "Health",
        ["support-for-relatives"] = "Support for relatives", ["relatives"] = "Relatives", ["friends"] = "Friends", ["parents"] = "Parents",
        ["violence-prevention"] = "Stopping violence", ["stop-violence"] = "Stop using violence",
        ["perpetrators"] = "People who use violence", ["family-pressure"] = "Pressure from the family", ["law"] = "Law",
        ["rights"] = "Your rights", ["helplines"] = "Helplines", ["acute-help"] = "Urgent help",
        ["risk-assessment"] = "Risk assessment", ["patriark"] = "PATRIARK", ["safety-planning"] = "Safety planning",
        ["safety"] = "Safety", ["conversation"] = "Conversations", ["disclosure"] = "When someone tells", ["young-people"] = "Young people",
        ["children"] = "Children", ["men"] = "Men", ["school"] = "School", ["cooperation"] = "Cooperation", ["interpreters"] = "Interpreters",
        ["warning-signs"] = "Warning signs", ["ngo"] = "Voluntary organisations", ["faq"] = "Questions and answers", ["news"] = "News",
        ["accessibility"] = "Accessibility",
    };

    private static Dictionary<string, string> ArabicTopics => new()
    {
        ["honour-related-violence"] = "العنف والقمع المرتبطان بالشرف", ["forced-marriage"] = "الزواج القسري",
        ["child-marriage"] = "زواج الأطفال", ["female-genital-mutilation"] = "تشويه الأعضاء التناسلية للإناث", ["virginity-control"] = "فحوص العذرية",
        ["abroad"] = "الأخذ إلى الخارج", ["travel-ban"] = "منع السفر", ["threats-and-control"] = "التهديد والسيطرة",
        ["lgbtq"] = "مجتمع الميم", ["digital-control"] = "السيطرة الرقمية", ["digital-safety"] = "الأمان الرقمي",
        ["protected-identity"] = "حماية البيانات الشخصية", ["protected-housing"] = "السكن المحمي",
        ["report-of-concern"] = "بلاغ القلق", ["duty-to-report"] = "واجب الإبلاغ", ["social-services"] = "الخدمات الاجتماعية",
        ["police"] = "الشرطة", ["health-care"] = "الرعاية الصحية", ["health"] = "الصحة",
        ["support-for-relatives"] = "دعم الأقارب", ["relatives"] = "الأقارب", ["friends"] = "الأصدقاء", ["parents"] = "الوالدان",
        ["violence-prevention"] = "التوقف عن العنف", ["stop-violence"] = "التوقف عن استخدام العنف",
        ["perpetrators"] = "من يمارس العنف", ["family-pressure"] = "ضغط العائلة", ["law"] = "القوانين",
        ["rights"] = "حقوقك", ["helplines"] = "خطوط الدعم", ["acute-help"] = "مساعدة عاجلة",
        ["risk-assessment"] = "تقييم المخاطر", ["patriark"] = "PATRIARK", ["safety-planning"] = "التخطيط للأمان",
        ["safety"] = "الأمان", ["conversation"] = "المحادثة", ["disclosure"] = "عندما يروي أحد ما حدث", ["young-people"] = "الشباب",
        ["children"] = "الأطفال", ["men"] = "الرجال", ["school"] = "المدرسة", ["cooperation"] = "التعاون", ["interpreters"] = "الترجمة الفورية",
        ["warning-signs"] = "علامات التحذير", ["ngo"] = "المنظمات التطوعية", ["faq"] = "أسئلة وأجوبة", ["news"] = "أخبار",
        ["accessibility"] = "إمكانية الوصول",
    };

    /// <summary>
    /// The label of a topic tag for a culture: its own, else the English one marked as English, else the tag with
    /// spaces for hyphens (tags are the editors' own words then).
    /// </summary>
    public static SiteLabel TopicLabel(SiteText text, string topic)
    {
        if (text.Topics.TryGetValue(topic, out var own))
        {
            return new SiteLabel(own);
        }

        return For("en").Topics.TryGetValue(topic, out var english) ? new SiteLabel(english, "en") : new SiteLabel(topic.Replace('-', ' '));
    }
}

/// <summary>A label in the page's language, or in <see cref="LanguageTag"/> when the page's language lacks it.</summary>
public sealed record SiteLabel(string Text, string? LanguageTag = null);
