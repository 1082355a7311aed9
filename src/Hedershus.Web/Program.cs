using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Data;
using Hedershus.Core.Content.Published;
using Hedershus.Web.Api.Delivery;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Api.Management.Documents;
using Hedershus.Web.Operations;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHedershusCommon(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHedershusData(builder.Configuration);
builder.Services.AddHedershusContent(builder.Configuration);
builder.Services.AddHedershusOperations();
builder.Services.AddManagementApi(builder.Configuration);
builder.Services.AddDeliveryApi(builder.Configuration);

var app = builder.Build();

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
await app.Services.GetRequiredService<PublishedSnapshotService>().RebuildAsync(app.Lifetime.ApplicationStopping);

app.UseHedershusOperations();
app.MapHedershusHealth();

var management = app.MapManagementApi();
management.MapDocumentEndpoints();
app.MapDeliveryApi();

await app.RunAsync();

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
