using Hedershus.Core.Common;
using Hedershus.Core.Members;
using Hedershus.Core.Networks;
using Hedershus.Web.Backoffice.Security;
using Hedershus.Web.Site;
using Microsoft.AspNetCore.Authentication;

namespace Hedershus.Web.Members;

/// <summary>The handlers of the member pages: each calls one Core service and shows the page that follows.</summary>
public sealed class MemberSitePages(
    MemberPageBuilder pages, MemberSignInService signIns, MemberAccountService accounts, MembershipService memberships, NetworkCatalog networks)
{
    public IResult Show(MemberPageView view, int status) => SiteEndpoints.Page(pages.Build(view), status);

    public IResult ShowSignIn(HttpContext http, string culture) =>
        Show(With(culture, MemberPageMode.SignIn, null, back: MemberReturnPath.Local(http.Request.Query[MemberReturnPath.Field])), StatusCodes.Status200OK);

    public IResult ShowSignInLink(string culture, string token) => Show(new MemberPageView
    {
        Text = MemberText.For(culture), Routes = MemberRoutes.For(culture), Mode = MemberPageMode.ConfirmSignInLink,
        Action = MemberRoutes.For(culture).SignIn + "/" + Uri.EscapeDataString(token),
    }, StatusCodes.Status200OK);

    public async Task<IResult> RequestCodeAsync(HttpContext http, string culture, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var (email, back) = (form["email"].ToString(), MemberReturnPath.Local(form[MemberReturnPath.Field]));
        try
        {
            await signIns.RequestAsync(email, culture, cancellationToken);
        }
        catch (InputValidationException)
        {
            return Show(With(culture, MemberPageMode.SignIn, email, MemberText.For(culture).BadEmail, back), StatusCodes.Status400BadRequest);
        }

        return Show(With(culture, MemberPageMode.CodeSent, email.Trim(), back: back), StatusCodes.Status200OK);
    }

    public async Task<IResult> RedeemCodeAsync(HttpContext http, string culture, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var back = MemberReturnPath.Local(form[MemberReturnPath.Field]);
        try
        {
            var member = await signIns.RedeemCodeAsync(form["email"], form["code"].ToString().Trim(), cancellationToken);
            return await SignInAsync(http, culture, member, back);
        }
        catch (InputValidationException)
        {
            return Show(With(culture, MemberPageMode.CodeSent, form["email"], MemberText.For(culture).WrongCode, back), StatusCodes.Status400BadRequest);
        }
    }

    public async Task<IResult> RedeemLinkAsync(HttpContext http, string culture, string token, CancellationToken cancellationToken)
    {
        try
        {
            return await SignInAsync(http, culture, await signIns.RedeemLinkAsync(token, cancellationToken));
        }
        catch (NotFoundException)
        {
            return Show(MemberPageBuilder.View(culture, MemberPageMode.SignInLinkGone), StatusCodes.Status404NotFound);
        }
    }

    public async Task<IResult> AccountAsync(HttpContext http, string culture, string? notice, CancellationToken cancellationToken)
    {
        if (await SignedInAsync(http, cancellationToken) is not { } member)
        {
            return TypedResults.Redirect(MemberRoutes.For(culture).SignIn);
        }

        var held = await memberships.ForEmailAsync(member.Email, cancellationToken);
        return Show(new MemberPageView
        {
            Text = MemberText.For(culture), Routes = MemberRoutes.For(culture), Mode = MemberPageMode.Account, Notice = notice,
            Member = member, AntiforgeryToken = AntiforgeryCheck.Token(http),
            Registrations = await accounts.RegistrationsAsync(member.Email, culture, cancellationToken),
            Networks = held.Select(m => new MemberNetworkView(m, m.State == MembershipState.Active ? networks.MemberPages(m.NetworkId, culture) : [])).ToList(),
        }, StatusCodes.Status200OK);
    }

    public async Task<IResult> SaveProfileAsync(HttpContext http, string culture, CancellationToken cancellationToken)
    {
        if (await SignedInAsync(http, cancellationToken) is not { } member)
        {
            return TypedResults.Redirect(MemberRoutes.For(culture).SignIn);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        await accounts.UpdateProfileAsync(member.Key, new MemberProfile(form["name"], form["organisation"], member.OrganisationType, form["municipality"], form["role"], culture,
            ListedInDirectory: form["listed"] == "on"), cancellationToken);
        return await AccountAsync(http, culture, MemberText.For(culture).Saved, cancellationToken);
    }

    public async Task<IResult> LeaveAsync(HttpContext http, string culture, Guid network, CancellationToken cancellationToken)
    {
        if (await SignedInAsync(http, cancellationToken) is not { } member)
        {
            return TypedResults.Redirect(MemberRoutes.For(culture).SignIn);
        }

        await memberships.LeaveAsync(member.Email, network, cancellationToken);
        return await AccountAsync(http, culture, MemberText.For(culture).Left, cancellationToken);
    }

    public async Task<IResult> DeleteAsync(HttpContext http, string culture, CancellationToken cancellationToken)
    {
        if (await SignedInAsync(http, cancellationToken) is not { } member)
        {
            return TypedResults.Redirect(MemberRoutes.For(culture).SignIn);
        }

        await accounts.DeleteAsync(member.Key, cancellationToken);
        await http.SignOutAsync(MemberAuthentication.CookieScheme);
        return Show(MemberPageBuilder.View(culture, MemberPageMode.Deleted), StatusCodes.Status200OK);
    }

    /// <summary>The join confirmation link's page: GET shows the button, the button's POST confirms.</summary>
    public async Task<IResult> ConfirmationAsync(string token, bool confirm, CancellationToken cancellationToken)
    {
        try
        {
            var membership = confirm ? await memberships.ConfirmAsync(token, cancellationToken) : await memberships.FindByTokenAsync(token, cancellationToken);
            var culture = MemberPaths.IsSwedish(membership.Language) ? "sv" : "en";
            return Show(new MemberPageView
            {
                Text = MemberText.For(culture), Routes = MemberRoutes.For(culture), NetworkName = membership.NetworkName,
                Mode = confirm ? MemberPageMode.MembershipConfirmed : MemberPageMode.ConfirmMembership,
                Active = membership.State == MembershipState.Active, Action = MemberPaths.ConfirmMembership + Uri.EscapeDataString(token),
            }, StatusCodes.Status200OK);
        }
        catch (NotFoundException)
        {
            return Show(MemberPageBuilder.View("sv", MemberPageMode.ConfirmationGone), StatusCodes.Status404NotFound);
        }
    }

    private async Task<Member?> SignedInAsync(HttpContext http, CancellationToken cancellationToken) =>
        await MemberAuthentication.CookieMemberAsync(http) is { } key ? await accounts.FindAsync(key, cancellationToken) : null;

    private static async Task<IResult> SignInAsync(HttpContext http, string culture, Member member, string? back = null)
    {
        await http.SignInAsync(MemberAuthentication.CookieScheme, MemberAuthentication.Principal(member, MemberAuthentication.CookieScheme));
        return TypedResults.Redirect(back ?? MemberRoutes.For(culture).Home);
    }

    private static MemberPageView With(string culture, MemberPageMode mode, string? email, string? error = null, string? back = null) => new()
    {
        Text = MemberText.For(culture), Routes = MemberRoutes.For(culture), Mode = mode, Email = email, Error = error, Back = back,
    };
}
