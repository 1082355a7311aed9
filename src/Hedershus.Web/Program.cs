using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Data;
using Hedershus.Core.Identity;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Jobs;
using Hedershus.Web.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHedershusCommon(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHedershusData(builder.Configuration);
builder.Services.AddHedershusIdentity();
builder.Services.AddHedershusContent(builder.Configuration);
builder.Services.AddHedershusOperations(builder.Configuration);
builder.Services.AddHedershusJobs(builder.Configuration);
builder.Services.AddManagementApi(builder.Configuration);

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
var firstAdministrator = await app.Services.GetRequiredService<FirstAdministratorSeeder>().EnsureAsync(app.Lifetime.ApplicationStopping);

app.UseHedershusOperations();
app.UseHedershusStartupBanner(firstAdministrator);
app.MapHedershusHealth();
app.MapHedershusJobsDashboard();
app.MapHedershusTestingEndpoints();

var management = app.MapManagementApi();

await app.RunAsync();

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
