using Hedershus.Core.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Hedershus.Core.Search.Querying;

/// <summary>
/// One segment as the vector highlighter reads it for one hit. The highlighter decodes the hit's term vectors once per
/// field it marks (a field and its folded twin, body then summary: up to four times) and seeks every matched term in
/// the segment to weigh it; here the vectors are decoded once per hit and the weights come from
/// <see cref="ReaderMemo"/>, which keeps them as long as the segment lives. The text it marks comes from the hit's
/// stored fields the caller already loaded, not from a second load. Make one per hit; never dispose it (that would
/// close the segment).
/// </summary>
internal sealed class HighlightReader(AtomicReader segment, int hit, Document stored) : FilterAtomicReader(segment)
{
    private int _doc = -1;
    private Fields? _vectors;

    public override Fields GetTermVectors(int docID)
    {
        if (docID != _doc)
        {
            _vectors = base.GetTermVectors(docID);
            _doc = docID;
        }

        return _vectors!;
    }

    /// <summary>Hands the visitor the hit's loaded text fields (the highlighter asks for one field at a time).</summary>
    public override void Document(int docID, StoredFieldVisitor visitor)
    {
        if (docID != hit)
        {
            base.Document(docID, visitor);
            return;
        }

        foreach (var field in stored.Fields)
        {
            if (field.GetStringValue() is not { } text || FieldInfos.FieldInfo(field.Name) is not { } info)
            {
                continue;
            }

            var status = visitor.NeedsField(info);
            if (status == StoredFieldVisitor.Status.STOP)
            {
                return;
            }

            if (status == StoredFieldVisitor.Status.YES)
            {
                visitor.StringField(info, text);
            }
        }
    }

    /// <summary>Only what <see cref="AtomicReader.DocFreq(Term)"/> uses: the highlighter asks nothing else of it.</summary>
    public override Fields Fields => new DocFreqFields(m_input);

    private sealed class DocFreqFields(AtomicReader segment) : Fields
    {
        public override int Count => segment.Fields.Count;

        public override IEnumerator<string> GetEnumerator() => segment.Fields.GetEnumerator();

        public override Terms GetTerms(string field) => new DocFreqTerms(segment, field);
    }

    private sealed class DocFreqTerms(AtomicReader segment, string field) : Terms
    {
        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override long Count => -1;

        public override long SumTotalTermFreq => -1;

        public override long SumDocFreq => -1;

        public override int DocCount => -1;

        public override bool HasFreqs => true;

        public override bool HasOffsets => false;

        public override bool HasPositions => false;

        public override bool HasPayloads => false;

        public override TermsEnum GetEnumerator() => new DocFreqTermsEnum(segment, field);
    }

    /// <summary>Answers <see cref="SeekExact(BytesRef)"/> and <see cref="DocFreq"/>; it cannot enumerate.</summary>
    private sealed class DocFreqTermsEnum(AtomicReader segment, string field) : TermsEnum
    {
        private int _docFreq;

        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override BytesRef Term => throw Unsupported();

        public override long Ord => throw Unsupported();

        public override int DocFreq => _docFreq;

        public override long TotalTermFreq => throw Unsupported();

        public override bool SeekExact(BytesRef text)
        {
            _docFreq = ReaderMemo.DocFreq(segment, field, text.Utf8ToString());
            return _docFreq > 0;
        }

        public override SeekStatus SeekCeil(BytesRef text) => throw Unsupported();

        public override void SeekExact(long ord) => throw Unsupported();

        public override bool MoveNext() => throw Unsupported();

        [Obsolete("Lucene.Net keeps Next() abstract beside MoveNext(); neither enumerates here.")]
        public override BytesRef Next() => throw Unsupported();

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) => throw Unsupported();

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) => throw Unsupported();

        private static NotSupportedException Unsupported() => new("Only document frequencies are looked up here.");
    }
}
