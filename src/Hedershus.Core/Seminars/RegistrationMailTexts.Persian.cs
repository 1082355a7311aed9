namespace Hedershus.Core.Seminars;

internal static partial class RegistrationMailTexts
{
    // Our own translation: needs review by a native speaker before wide use.
    private static RegistrationMailLanguage Persian => field ??= new()
    {
        Code = "fa",
        RightToLeft = true,
        NeedsNativeReview = true,
        Texts = Over(new()
        {
            [RegistrationMailKind.Confirmed] = ("تأیید: {0}", "از ثبت‌نام شما سپاسگزاریم. شما در {0} جا دارید."),
            [RegistrationMailKind.Waitlisted] = ("فهرست انتظار: {0}", "{0} پر است. شما نفر {1} در فهرست انتظار هستید و اگر جایی خالی شود ایمیل دریافت می‌کنید."),
            [RegistrationMailKind.PendingApproval] = ("ثبت‌نام دریافت شد: {0}", "ثبت‌نام شما برای {0} را دریافت کردیم. پس از بررسی به شما خبر می‌دهیم."),
            [RegistrationMailKind.Offer] = ("یک جا خالی شد: {0}", "یک جا در {0} خالی شده است. اگر تا {1} (UTC) از طریق پیوند زیر بپذیرید، جا مال شماست."),
            [RegistrationMailKind.Cancelled] = ("لغو شد: {0}", "ثبت‌نام شما برای {0} لغو شد. در فرصتی دیگر خوشحال می‌شویم شما را ببینیم."),
            [RegistrationMailKind.Reminder] = ("یادآوری: {0}", "خوش آمدید! این یادآوری {0} است که در آن ثبت‌نام کرده‌اید."),
            [RegistrationMailKind.Changed] = ("زمان یا مکان جدید: {0}", "زمان یا مکان {0} تغییر کرده است. اطلاعات معتبر اکنون این است."),
            [RegistrationMailKind.Withdrawn] = ("لغو توسط برگزارکننده: {0}", "متأسفیم: {0} لغو شده است. امیدواریم در فرصتی دیگر شما را ببینیم."),
            [RegistrationMailKind.Evaluation] = ("نظر شما درباره {0} چیست؟", "از شرکت شما در {0} سپاسگزاریم. لطفاً نظرتان را به ما بگویید؛ چند دقیقه طول می‌کشد."),
            [RegistrationMailKind.Rejected] = ("جایی نیست: {0}", "متأسفیم: این بار نمی‌توانیم در {0} به شما جا بدهیم. برای نوبتی دیگر ثبت‌نام کنید."),
        }),
        Greeting = "سلام {0}،",
        Starts = "شروع",
        Place = "مکان",
        Online = "آنلاین",
        Manage = "دیدن یا لغو ثبت‌نام:",
        Answer = "پذیرفتن یا رد کردن:",
        Evaluate = "ارزیابی:",
    };
}
