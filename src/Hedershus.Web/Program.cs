using Hedershus.Core.Audit;
using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Dashboard;
using Hedershus.Core.Data;
using Hedershus.Core.Dictionary;
using Hedershus.Core.Identity;
using Hedershus.Core.Mail;
using Hedershus.Core.Media;
using Hedershus.Core.Networks;
using Hedershus.Core.Networks.Mailings;
using Hedershus.Core.Reviews;
using Hedershus.Core.Seminars;
using Hedershus.Core.Translations;
using Hedershus.Web.Api.Delivery;
using Hedershus.Web.Api.Delivery.Media;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Api.Management.Audit;
using Hedershus.Web.Api.Management.Dashboard;
using Hedershus.Web.Api.Management.DocumentTypes;
using Hedershus.Web.Api.Management.Documents;
using Hedershus.Web.Api.Management.Media;
using Hedershus.Web.Api.Management.Reports;
using Hedershus.Web.Api.Management.Reviews;
using Hedershus.Web.Api.Management.Seminars;
using Hedershus.Web.Api.Management.Translations;
using Hedershus.Web.Api.Public.Registrations;
using Hedershus.Web.Api.Public.Search;
using Hedershus.Web.Api.Public.Seminars;
using Hedershus.Web.Backoffice.Accounts;
using Hedershus.Web.Backoffice.Users;
using Hedershus.Web.Backoffice.Shell;
using Hedershus.Web.Jobs;
using Hedershus.Web.Members;
using Hedershus.Web.Members.Mailings;
using Hedershus.Web.Site.Networks;
using Hedershus.Web.Api.Public.Members;
using Hedershus.Web.Api.Public.Networks;
using Hedershus.Web.Api.Management.Networks;
using Hedershus.Web.Media;
using Hedershus.Web.Operations;
using Hedershus.Web.Site;
using Hedershus.Web.Site.Seminars;

var (importPath, hostArgs) = ImportCommand.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.Services.AddHedershusCommon(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHedershusData(builder.Configuration);
builder.Services.AddHedershusIdentity();
builder.Services.AddHedershusContent(builder.Configuration);
builder.Services.AddHedershusAudit();
builder.Services.AddHedershusReviews();
builder.Services.AddHedershusTranslations();
builder.Services.AddHedershusDashboard(builder.Configuration);
builder.Services.AddHedershusMedia(builder.Configuration);
builder.Services.AddHedershusOperations(builder.Configuration);
builder.Services.AddHedershusDataProtection();
builder.Services.AddHedershusJobs(builder.Configuration);
builder.Services.AddHedershusMail(builder.Configuration);
builder.Services.AddHedershusSeminars(builder.Configuration);
builder.Services.AddHedershusNetworks(builder.Configuration);
builder.Services.AddHedershusMailings(builder.Configuration);
builder.Services.AddManagementApi(builder.Configuration);
builder.Services.AddBackofficeAccounts();
builder.Services.AddDeliveryApi(builder.Configuration);
builder.Services.AddSearchApi(builder.Configuration);
builder.Services.AddPublicSite(builder.Configuration);
builder.Services.AddSeminarSite();
builder.Services.AddMemberSite(builder.Configuration);
builder.Services.AddMailingSite();
builder.Services.AddHedershusDictionary();
builder.Services.AddBackofficeUi(builder.Configuration);

var app = builder.Build();

if (importPath is not null)
{
    return await ImportCommand.RunAsync(app, importPath);
}

var firstAdministrator = await app.PrepareAsync();

app.UseHedershusOperations();
app.UseHedershusStartupBanner(firstAdministrator);
app.UseStaticFiles();
app.UseBackofficeSecurity();
app.UseAuthentication();
app.UseAuthorization();
app.MapHedershusHealth();
app.MapHedershusJobsDashboard();
app.MapHedershusTestingEndpoints();
app.MapMediaFiles();
app.MapBackofficeAccounts();
app.MapUserPages();

var management = app.MapManagementApi();
management.MapDocumentEndpoints();
management.MapDocumentTypeEndpoints();
management.MapMediaEndpoints();
management.MapSearchManagementEndpoints();
management.MapSeminarManagementEndpoints();
management.MapReportEndpoints();
management.MapReviewEndpoints();
management.MapTranslationEndpoints();
management.MapAuditEndpoints();
management.MapDashboardEndpoints();
management.MapUserEndpoints();
management.MapNetworkManagementEndpoints();
management.MapMailingManagementEndpoints();

app.MapDeliveryApi().MapDeliveryMediaEndpoints();
app.MapBackofficeUi();
app.MapSeminarEndpoints();
app.MapRegistrantEndpoints();
app.MapRegistrantPages();
app.MapSearchEndpoints();
app.MapSeminarSite();
app.MapNetworkEndpoints();
app.MapMemberEndpoints();
app.MapMemberSite();
app.MapMailingArchive();
app.MapUnsubscribeEndpoints();
app.MapMemberMailingEndpoints();
app.MapNetworkSite();
app.MapPublicSite(); // last: a catch-all below every other endpoint

await app.RunAsync();
return 0;

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
