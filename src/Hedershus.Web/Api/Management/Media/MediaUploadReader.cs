using Hedershus.Core.Common;
using Hedershus.Core.Media;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Hedershus.Web.Api.Management.Media;

/// <summary>
/// Reads a multipart/form-data upload as a stream, section by section: the file goes straight to the media
/// staging folder (so the size limit stops the upload early and nothing is buffered in memory), the small
/// fields are collected. Fields may come before or after the file.
/// </summary>
internal static class MediaUploadReader
{
    public const string FileField = "file";
    private const int MaxFieldLength = 4096;
    private const int MaxFields = 64;

    public static async Task<MediaUploadForm> ReadAsync(HttpRequest request, MediaService media, CancellationToken cancellationToken)
    {
        var boundary = Boundary(request.ContentType)
            ?? throw new InputValidationException(FileField, "Send the upload as multipart/form-data with the file in a field named 'file'.");
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        StagedMediaFile? file = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                file = await ReadSectionAsync(section, fields, file, media, cancellationToken);
            }
        }
        catch (InvalidDataException e)
        {
            await DiscardAsync(file);
            throw new InputValidationException(FileField, "The multipart/form-data body is malformed: " + e.Message);
        }
        catch
        {
            await DiscardAsync(file);
            throw;
        }

        return new MediaUploadForm(file, fields);
    }

    private static async Task<StagedMediaFile?> ReadSectionAsync(
        MultipartSection section, Dictionary<string, string> fields, StagedMediaFile? file, MediaService media, CancellationToken cancellationToken)
    {
        if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
        {
            return file;
        }

        var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
        if (disposition.IsFileDisposition())
        {
            if (!name.Equals(FileField, StringComparison.OrdinalIgnoreCase))
            {
                throw new InputValidationException(name, $"Only the '{FileField}' field may carry a file.");
            }

            if (file is not null)
            {
                throw new InputValidationException(FileField, "Send one file per upload.");
            }

            var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
            return await media.StageAsync(section.Body, fileName, section.ContentType, cancellationToken);
        }

        if (fields.Count >= MaxFields)
        {
            throw new InputValidationException(name, "The upload has too many fields.");
        }

        fields[name] = await ReadFieldAsync(section, name, cancellationToken);
        return file;
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(section.Body);
        var buffer = new char[MaxFieldLength + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        if (read > MaxFieldLength)
        {
            throw new InputValidationException(name, $"The field may be at most {MaxFieldLength} characters long.");
        }

        return new string(buffer, 0, read);
    }

    private static async Task DiscardAsync(StagedMediaFile? file)
    {
        if (file is not null)
        {
            await file.DisposeAsync();
        }
    }

    private static string? Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || !parsed.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(parsed.Boundary).Value;
        return string.IsNullOrWhiteSpace(boundary) ? null : boundary;
    }
}
