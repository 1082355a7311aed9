namespace Hedershus.Web.Site;

/// <summary>The frame words per culture; <see cref="For"/> falls back to Swedish for a culture not listed.</summary>
public static partial class SiteTexts
{
    private static readonly Dictionary<string, SiteText> ByCulture = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sv"] = Swedish,
        ["en"] = English,
        ["ar"] = Arabic,
        ["fa"] = English with
        {
            SkipLink = "رفتن به محتوای اصلی", QuickExit = "خروج سریع از صفحه", CrisisHeading = "به کمک فوری نیاز دارید؟",
            Languages = "زبان‌ها", NotFoundTitle = "صفحه پیدا نشد", NotFoundText = "این صفحه وجود ندارد یا منتقل شده است.",
            FallbackNotice = "این صفحه هنوز به فارسی موجود نیست. متن به زبان {0} نمایش داده می‌شود.", Home = "صفحه اصلی",
        },
        ["ckb"] = English with
        {
            SkipLink = "بڕۆ بۆ ناوەڕۆکی سەرەکی", QuickExit = "بە خێرایی پەڕەکە جێبهێڵە", CrisisHeading = "پێویستت بە یارمەتی خێرایە؟",
            Languages = "زمانەکان", NotFoundTitle = "پەڕەکە نەدۆزرایەوە", NotFoundText = "ئەم پەڕەیە بوونی نییە یان گوازراوەتەوە.",
            FallbackNotice = "ئەم پەڕەیە هێشتا بە کوردی نییە. دەقەکە بە {0} پیشان دەدرێت.", Home = "سەرەتا",
        },
        ["so"] = English with
        {
            SkipLink = "U gudub waxa ugu muhiimsan", QuickExit = "Si degdeg ah uga bax bogga", CrisisHeading = "Ma u baahan tahay caawimaad degdeg ah?",
            Languages = "Luqadaha", NotFoundTitle = "Bogga lama helin", NotFoundText = "Boggan ma jiro ama waa la raray.",
            FallbackNotice = "Boggan weli kuma jiro af Soomaali. Qoraalka waxaa lagu muujinayaa {0}.", Home = "Bogga hore",
        },
        ["kmr"] = English with
        {
            SkipLink = "Here naveroka sereke", QuickExit = "Zû ji rûpelê derkeve", CrisisHeading = "Pêdiviya te bi alîkariya lezgîn heye?",
            Languages = "Ziman", NotFoundTitle = "Rûpel nehat dîtin", NotFoundText = "Ev rûpel tune ye an hatiye guhertin.",
            FallbackNotice = "Ev rûpel hêj bi Kurmancî tune ye. Nivîs bi {0} tê nîşandan.", Home = "Destpêk",
        },
        ["ti"] = English with
        {
            SkipLink = "ናብ ቀንዲ ትሕዝቶ ኪድ", QuickExit = "ቀልጢፍካ ካብዚ ገጽ ውጻእ", CrisisHeading = "ህጹጽ ሓገዝ የድልየካ ድዩ?",
            Languages = "ቋንቋታት", NotFoundTitle = "እቲ ገጽ ኣይተረኽበን", NotFoundText = "እዚ ገጽ የለን ወይ ተቐይሩ እዩ።",
            FallbackNotice = "እዚ ገጽ ገና ብትግርኛ የለን። እቲ ጽሑፍ ብ{0} ይቐርብ ኣሎ።", Home = "መበገሲ",
        },
        ["tr"] = English with
        {
            SkipLink = "Ana içeriğe geç", QuickExit = "Sayfadan hızla çık", CrisisHeading = "Hemen yardıma mı ihtiyacın var?",
            Languages = "Diller", NotFoundTitle = "Sayfa bulunamadı", NotFoundText = "Bu sayfa yok ya da taşındı.",
            FallbackNotice = "Bu sayfa henüz Türkçe değil. Metin {0} olarak gösteriliyor.", Home = "Ana sayfa",
        },
        ["sv-x-lattlast"] = Swedish with
        {
            FallbackNotice = "Den här sidan finns inte på lättläst svenska än. Här är texten på {0}.",
            NotFoundText = "Sidan finns inte. Den kan ha flyttats.",
        },
    };

    public static SiteText For(string culture) => ByCulture.TryGetValue(culture, out var text) ? text : Swedish;
}
