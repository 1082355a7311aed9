namespace Hedershus.Core.Seminars;

internal static partial class RegistrationMailTexts
{
    // Our own translation: needs review by a native speaker before wide use.
    private static RegistrationMailLanguage Turkish => field ??= new()
    {
        Code = "tr",
        NeedsNativeReview = true,
        Texts = Over(new()
        {
            [RegistrationMailKind.Confirmed] = ("Onay: {0}", "Kaydınız için teşekkürler. {0} için yeriniz ayrıldı."),
            [RegistrationMailKind.Waitlisted] = ("Bekleme listesi: {0}", "{0} dolu. Bekleme listesinde {1}. sıradasınız; bir yer boşalırsa size e-posta göndereceğiz."),
            [RegistrationMailKind.PendingApproval] = ("Kaydınız alındı: {0}", "{0} için kaydınızı aldık. İncelendikten sonra size haber vereceğiz."),
            [RegistrationMailKind.Offer] = ("Bir yer boşaldı: {0}", "{0} için bir yer boşaldı. Aşağıdaki bağlantıdan {1} (UTC) tarihine kadar kabul ederseniz yer sizin."),
            [RegistrationMailKind.Cancelled] = ("İptal edildi: {0}", "{0} kaydınız iptal edildi. Başka bir zaman yine bekleriz."),
            [RegistrationMailKind.Reminder] = ("Hatırlatma: {0}", "Hoş geldiniz! Kayıtlı olduğunuz {0} için bir hatırlatmadır."),
            [RegistrationMailKind.Changed] = ("Yeni saat veya yer: {0}", "{0} için saat veya yer değişti. Geçerli bilgiler aşağıdadır."),
            [RegistrationMailKind.Withdrawn] = ("Düzenleyen tarafından iptal edildi: {0}", "Üzgünüz: {0} iptal edildi. Başka bir zaman görüşmeyi umuyoruz."),
            [RegistrationMailKind.Evaluation] = ("{0} hakkında ne düşündünüz?", "{0} etkinliğine katıldığınız için teşekkürler. Düşüncelerinizi bizimle paylaşın; birkaç dakika sürer."),
            [RegistrationMailKind.Rejected] = ("Yer yok: {0}", "Üzgünüz: bu kez {0} için size yer veremiyoruz. Başka bir tarihe kaydolabilirsiniz."),
        }),
        Greeting = "Merhaba {0},",
        Starts = "Başlangıç",
        Place = "Yer",
        Online = "Çevrim içi",
        Manage = "Kaydınızı görün veya iptal edin:",
        Answer = "Kabul edin veya reddedin:",
        Evaluate = "Değerlendirme:",
    };
}
