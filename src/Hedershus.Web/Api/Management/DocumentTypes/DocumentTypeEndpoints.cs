using Hedershus.Core.Content.DocumentTypes;
using Hedershus.Web.Backoffice.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hedershus.Web.Api.Management.DocumentTypes;

/// <summary>Read-only access to the document types loaded from <c>umbraco/models</c>: they change by deploying files, not through the API.</summary>
public static class DocumentTypeEndpoints
{
    public static IEndpointRouteBuilder MapDocumentTypeEndpoints(this IEndpointRouteBuilder management)
    {
        var group = management.MapGroup("/document-types").RequireAuthorization(BackofficePolicies.Content).WithTags("Document types");
        group.MapGet("/", ListDocumentTypes).WithName("ListDocumentTypes");
        group.MapGet("/{alias}", GetDocumentType).WithName("GetDocumentType");
        return management;
    }

    public static Ok<DocumentTypeSummaryResponse[]> ListDocumentTypes(DocumentTypeRegistry registry) =>
        TypedResults.Ok(registry.All.OrderBy(t => t.Alias, StringComparer.Ordinal).Select(DocumentTypeSummaryResponse.From).ToArray());

    public static Results<Ok<DocumentTypeResponse>, ProblemHttpResult> GetDocumentType(string alias, DocumentTypeRegistry registry) =>
        registry.Find(alias) is { } type
            ? TypedResults.Ok(DocumentTypeResponse.From(type))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found.",
                detail: $"No document type has the alias '{alias}'. GET {ManagementApi.BasePath}/document-types lists them.");
}
