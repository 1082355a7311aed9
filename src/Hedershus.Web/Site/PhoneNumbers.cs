namespace Hedershus.Web.Site;

/// <summary>Phone-number blocks as the site shows them.</summary>
public static class PhoneNumbers
{
    public static IReadOnlyList<CrisisNumberView> From(IEnumerable<SiteBlock> blocks) =>
        blocks.Where(b => b.ContentType == "phoneNumberBlock" && b.Properties.Text("number") is not null)
            .Select(b => new CrisisNumberView(b.Properties.Text("label") ?? b.Properties.Text("number")!, b.Properties.Text("number")!,
                b.Properties.Text("hours"), b.Properties.Date("verifiedOn")))
            .ToList();
}
