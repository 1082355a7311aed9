using Hedershus.Core.Seminars;
using Microsoft.Extensions.Options;

namespace Hedershus.Core.Members;

/// <summary>Absolute addresses for the links in member and network e-mail.</summary>
public sealed class MemberLinks(IOptions<MemberOptions> members, IOptions<SeminarOptions> seminars)
{
    private string Site => (string.IsNullOrWhiteSpace(members.Value.SiteUrl) ? seminars.Value.SiteUrl : members.Value.SiteUrl).TrimEnd('/');

    public string SignIn(string language) => Site + MemberPaths.SignIn(language);

    public string SignInLink(string language, string token) => SignIn(language) + "/" + token;

    /// <summary>A network in the staff module (the backoffice asks the coordinator to sign in first).</summary>
    public string StaffNetwork(Guid network) => Site + "/umbraco/section/networks#network/" + network.ToString("D");

    public string ConfirmMembership(string token) => Site + MemberPaths.ConfirmMembership + token;

    /// <summary>An absolute address on the site for <paramref name="path"/> (which starts with a slash).</summary>
    public string Absolute(string path) => Site + path;
}
