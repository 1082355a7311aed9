using System.Collections.Frozen;

namespace Hedershus.Core.Content.DocumentTypes;

/// <summary>The document types loaded at start-up, by alias.</summary>
public sealed class DocumentTypeRegistry
{
    private readonly FrozenDictionary<string, DocumentType> _byAlias;

    public DocumentTypeRegistry(IEnumerable<DocumentType> types)
    {
        All = types.ToList();
        _byAlias = All.ToFrozenDictionary(t => t.Alias, StringComparer.Ordinal);
    }

    public IReadOnlyList<DocumentType> All { get; }

    public DocumentType? Find(string alias) => _byAlias.GetValueOrDefault(alias);
}
