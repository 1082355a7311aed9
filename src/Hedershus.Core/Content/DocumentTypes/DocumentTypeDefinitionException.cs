namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>A document-type file is broken; the message names the file and, where it can, the property.</summary>
public sealed class DocumentTypeDefinitionException(string message) : Exception(message);
