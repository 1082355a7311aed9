using Hedershus.Core.Common;
using Hedershus.Core.Content;
using Hedershus.Core.Data;
using Hedershus.Core.Media;
using Hedershus.Web.Api.Delivery;
using Hedershus.Web.Api.Delivery.Media;
using Hedershus.Web.Api.Management;
using Hedershus.Web.Api.Management.Documents;
using Hedershus.Web.Api.Management.DocumentTypes;
using Hedershus.Web.Api.Management.Media;
using Hedershus.Web.Media;
using Hedershus.Web.Operations;

var (importPath, hostArgs) = ImportCommand.Parse(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.Services.AddHedershusCommon(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHedershusData(builder.Configuration);
builder.Services.AddHedershusContent(builder.Configuration);
builder.Services.AddHedershusOperations();
builder.Services.AddManagementApi(builder.Configuration);
builder.Services.AddHedershusMedia(builder.Configuration).AddScoped<DeliveryMediaItemFactory>();

var app = builder.Build();

if (importPath is not null)
{
    return await ImportCommand.RunAsync(app, importPath);
}

await app.PrepareAsync();

app.UseHedershusOperations();
app.MapHedershusHealth();

var management = app.MapManagementApi();
management.MapDocumentEndpoints();
management.MapDocumentTypeEndpoints();
management.MapMediaEndpoints();
app.MapDeliveryApi().MapDeliveryMediaEndpoints();
app.MapMediaFiles();

await app.RunAsync();
return 0;

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
