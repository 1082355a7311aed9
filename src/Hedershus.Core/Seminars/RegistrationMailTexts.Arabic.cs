namespace Hedershus.Core.Seminars;

internal static partial class RegistrationMailTexts
{
    // Our own translation: needs review by a native speaker before wide use.
    private static RegistrationMailLanguage Arabic => field ??= new()
    {
        Code = "ar",
        RightToLeft = true,
        NeedsNativeReview = true,
        Texts = Over(new()
        {
            [RegistrationMailKind.Confirmed] = ("تأكيد: {0}", "شكرًا لتسجيلك. لقد حصلت على مقعد في {0}."),
            [RegistrationMailKind.Waitlisted] = ("قائمة الانتظار: {0}", "{0} مكتمل. أنت رقم {1} في قائمة الانتظار، وستصلك رسالة إذا أصبح مقعد متاحًا."),
            [RegistrationMailKind.PendingApproval] = ("تم استلام التسجيل: {0}", "استلمنا تسجيلك في {0}. سنخبرك بعد مراجعته."),
            [RegistrationMailKind.Offer] = ("مقعد متاح: {0}", "أصبح مقعد متاحًا في {0}. المقعد لك إذا قبلته قبل {1} (UTC) عبر الرابط أدناه."),
            [RegistrationMailKind.Cancelled] = ("تم الإلغاء: {0}", "تم إلغاء تسجيلك في {0}. نرحب بك في مرة أخرى."),
            [RegistrationMailKind.Reminder] = ("تذكير: {0}", "مرحبًا! هذا تذكير بـ {0} الذي سجلت فيه."),
            [RegistrationMailKind.Changed] = ("موعد أو مكان جديد: {0}", "تغيّر موعد أو مكان {0}. هذا هو الموعد والمكان الآن."),
            [RegistrationMailKind.Withdrawn] = ("ألغاه المنظم: {0}", "نأسف: تم إلغاء {0}. نأمل أن نراك في مرة أخرى."),
            [RegistrationMailKind.Evaluation] = ("ما رأيك في {0}؟", "شكرًا لمشاركتك في {0}. أخبرنا برأيك، يستغرق ذلك دقائق قليلة."),
            [RegistrationMailKind.Rejected] = ("لا يوجد مقعد: {0}", "نأسف: لا يمكننا منحك مقعدًا في {0} هذه المرة. نرحب بتسجيلك في موعد آخر."),
        }),
        Greeting = "مرحبًا {0}،",
        Starts = "يبدأ",
        Place = "المكان",
        Online = "عبر الإنترنت",
        Manage = "عرض تسجيلك أو إلغاؤه:",
        Answer = "القبول أو الرفض:",
        Evaluate = "التقييم:",
    };
}
