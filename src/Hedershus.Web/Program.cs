using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Data;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Api.Management.DocumentTypes;
using Hedershus.Web.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHedershusCommon(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHedershusData(builder.Configuration);
builder.Services.AddHedershusContent(builder.Configuration);
builder.Services.AddHedershusOperations();
builder.Services.AddManagementApi(builder.Configuration);

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);

app.UseHedershusOperations();
app.MapHedershusHealth();

var management = app.MapManagementApi();
management.MapDocumentTypeEndpoints();

await app.RunAsync();

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
