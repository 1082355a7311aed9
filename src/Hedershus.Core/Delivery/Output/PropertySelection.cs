using Hedershus.Core.Common;

namespace Hedershus.Core.Delivery.Output;

/// <summary>
/// The properties an <c>expand</c> or <c>fields</c> parameter names: <c>properties[$all]</c>,
/// <c>properties[alias1,alias2]</c>, or nested <c>properties[alias1[properties[nested1]]]</c>.
/// </summary>
public sealed class PropertySelection
{
    private const int MaxDepth = 8;
    private const string Example = "Use properties[$all], properties[alias1,alias2] or properties[alias1[properties[nestedAlias]]].";

    private readonly Dictionary<string, PropertySelection?> _named;

    private PropertySelection(bool all, Dictionary<string, PropertySelection?> named)
    {
        All = all;
        _named = named;
    }

    /// <summary>No property (the default of <c>expand</c>).</summary>
    public static PropertySelection None { get; } = new(false, new Dictionary<string, PropertySelection?>(StringComparer.Ordinal));

    /// <summary>Every property (the default of <c>fields</c>).</summary>
    public static PropertySelection Everything { get; } = new(true, new Dictionary<string, PropertySelection?>(StringComparer.Ordinal));

    public bool All { get; }

    public bool Includes(string alias) => All || _named.ContainsKey(alias);

    /// <summary>What was given in brackets after <paramref name="alias"/>, or null when nothing was.</summary>
    public PropertySelection? Nested(string alias) => _named.GetValueOrDefault(alias);

    /// <summary>Reads the parameter; an empty value gives <paramref name="whenEmpty"/>. Bad syntax → 400 naming <paramref name="parameter"/>.</summary>
    public static PropertySelection Parse(string? text, string parameter, PropertySelection whenEmpty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return whenEmpty;
        }

        var reader = new Reader(text.Trim(), parameter);
        var selection = reader.ReadSelection(depth: 0);
        reader.ExpectEnd();
        return selection;
    }

    private sealed class Reader(string text, string parameter)
    {
        private int _position;

        public PropertySelection ReadSelection(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"nesting deeper than {MaxDepth} levels is not supported");
            }

            Expect("properties[");
            var all = false;
            var named = new Dictionary<string, PropertySelection?>(StringComparer.Ordinal);
            while (!TryRead(']'))
            {
                if (_position == text.Length)
                {
                    throw Error("expected ']' but the value ended");
                }

                if (all || named.Count > 0)
                {
                    Expect(",");
                }

                if (TryRead("$all"))
                {
                    all = true;
                    continue;
                }

                var alias = ReadAlias();
                named[alias] = TryRead('[') ? ReadNested(depth) : null;
            }

            return new PropertySelection(all, named);
        }

        public void ExpectEnd()
        {
            if (_position != text.Length)
            {
                throw Error($"unexpected '{text[_position]}'");
            }
        }

        private PropertySelection ReadNested(int depth)
        {
            var nested = ReadSelection(depth + 1);
            Expect("]");
            return nested;
        }

        private string ReadAlias()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '_'))
            {
                _position++;
            }

            return _position > start ? text[start.._position] : throw Error("expected a property alias");
        }

        private bool TryRead(char expected)
        {
            if (_position < text.Length && text[_position] == expected)
            {
                _position++;
                return true;
            }

            return false;
        }

        private bool TryRead(string expected)
        {
            if (string.CompareOrdinal(text, _position, expected, 0, expected.Length) == 0)
            {
                _position += expected.Length;
                return true;
            }

            return false;
        }

        private void Expect(string expected)
        {
            if (!TryRead(expected))
            {
                throw Error(_position < text.Length ? $"expected '{expected}' but found '{text[_position]}'" : $"expected '{expected}' but the value ended");
            }
        }

        private InputValidationException Error(string problem) =>
            new(parameter, $"'{parameter}' could not be read at position {_position + 1}: {problem}. {Example}");
    }
}
