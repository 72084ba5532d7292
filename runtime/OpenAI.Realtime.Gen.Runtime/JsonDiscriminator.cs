using System;
using System.ComponentModel;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The discriminator table of a union: the members whose string values pick a case, and the rows of values that select
    /// each case (<c>null</c> in a row is "any value"). Generated unions describe themselves with one; this class does the
    /// look-ahead (it stops at the first occurrence of each member) and the check that a case does not read a repeated
    /// discriminator with another value.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonDiscriminator
    {
        [ThreadStatic]
        private static ReadState? t_state;

        private readonly byte[][] _names;
        private readonly byte[][][] _values;
        private readonly string[][] _valueTexts;
        private readonly int[] _rowValues;
        private readonly int[] _rowCases;
        private readonly int[] _rowOfFirstValue;
        private readonly ulong _firstDecides;

        /// <summary>
        /// A table for <paramref name="typeName"/> over the members <paramref name="names"/>. <paramref name="rows"/> holds
        /// one value per member for each row (row-major; <c>null</c> for any value); row <c>r</c> selects case
        /// <c>cases[r]</c>, or case <c>r</c> when <paramref name="cases"/> is null. Rows are tried in order.
        /// </summary>
        public JsonDiscriminator(string typeName, string[] names, string?[] rows, int[]? cases = null)
        {
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            if (names is null || names.Length == 0 || rows is null || rows.Length % names.Length != 0)
            {
                throw new ArgumentException("The rows must hold one value per member.", nameof(rows));
            }

            int width = names.Length;
            int count = rows.Length / width;
            if (cases is not null && cases.Length != count)
            {
                throw new ArgumentException("One case per row.", nameof(cases));
            }

            Names = names;
            _names = JsonModelTables.Utf8(names);
            _values = new byte[width][][];
            _valueTexts = new string[width][];
            _rowValues = new int[rows.Length];
            _rowCases = new int[count];
            for (int p = 0; p < width; p++)
            {
                var distinct = new System.Collections.Generic.List<string>();
                for (int r = 0; r < count; r++)
                {
                    string? value = rows[(r * width) + p];
                    int index = value is null ? -1 : distinct.IndexOf(value);
                    if (value is not null && index < 0)
                    {
                        index = distinct.Count;
                        distinct.Add(value);
                    }

                    _rowValues[(r * width) + p] = index;
                }

                _valueTexts[p] = distinct.ToArray();
                _values[p] = JsonModelTables.Utf8(_valueTexts[p]);
            }

            for (int r = 0; r < count; r++)
            {
                _rowCases[r] = cases is null ? r : cases[r];
            }

            // For one member: the first row each value selects. For two: the values of the first member that decide alone
            // (no row with that value, or with any value, tests the second member).
            _rowOfFirstValue = new int[_valueTexts[0].Length];
            for (int v = 0; v < _rowOfFirstValue.Length; v++)
            {
                _rowOfFirstValue[v] = -1;
                for (int r = 0; r < count && _rowOfFirstValue[v] < 0; r++)
                {
                    if (_rowValues[r * width] == v)
                    {
                        _rowOfFirstValue[v] = r;
                    }
                }
            }

            if (width == 2)
            {
                bool anyFirstTestsSecond = false;
                for (int r = 0; r < count; r++)
                {
                    anyFirstTestsSecond |= _rowValues[r * 2] < 0 && _rowValues[(r * 2) + 1] >= 0;
                }

                for (int v = 0; v < _valueTexts[0].Length && v < 64 && !anyFirstTestsSecond; v++)
                {
                    bool needsSecond = false;
                    for (int r = 0; r < count; r++)
                    {
                        needsSecond |= _rowValues[r * 2] == v && _rowValues[(r * 2) + 1] >= 0;
                    }

                    if (!needsSecond)
                    {
                        _firstDecides |= 1UL << v;
                    }
                }
            }
        }

        /// <summary>The union's name (for error messages).</summary>
        public string TypeName { get; }

        /// <summary>The discriminator members, in the order they are tested.</summary>
        public string[] Names { get; }

        /// <summary>The first discriminator member (the one an unknown case reports).</summary>
        public string Name => Names[0];

        /// <summary>The case that row <paramref name="row"/> selects; -1 for -1 (no row).</summary>
        public int CaseOf(int row) => row < 0 ? -1 : _rowCases[row];

        /// <summary>
        /// Looks ahead, without moving <paramref name="reader"/>, at the object it stands on and returns the first row its
        /// discriminator values match, or -1 (not an object, a member missing, not a string, or an unknown value). The
        /// look-ahead stops at the first occurrence of each member it needs. When no row matches, the whole object is
        /// checked: a discriminator member that occurs twice with different values is a <see cref="JsonException"/>.
        /// </summary>
        public int FindRow(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return -1;
            }

            int row;
            if (_names.Length == 1)
            {
                int value = JsonModelReader.PeekDiscriminator(ref reader, _names[0], _values[0]);
                row = value < 0 ? -1 : _rowOfFirstValue[value];
            }
            else
            {
                Span<int> found = _names.Length <= 8 ? stackalloc int[_names.Length] : new int[_names.Length];
                if (_names.Length == 2)
                {
                    found[0] = JsonModelReader.PeekDiscriminators(ref reader, _names[0], _values[0], _firstDecides, _names[1], _values[1], out int second);
                    found[1] = second;
                }
                else
                {
                    for (int p = 0; p < _names.Length; p++)
                    {
                        found[p] = JsonModelReader.PeekDiscriminator(ref reader, _names[p], _values[p]);
                    }
                }

                row = Match(found);
            }

            if (row < 0)
            {
                JsonModelReader.CheckDiscriminatorRepeats(reader, _names);
            }

            return row;
        }

        private int Match(ReadOnlySpan<int> found)
        {
            int width = _names.Length;
            for (int r = 0; r < _rowCases.Length; r++)
            {
                bool match = true;
                for (int p = 0; p < width && match; p++)
                {
                    int wanted = _rowValues[(r * width) + p];
                    match = wanted < 0 || wanted == found[p];
                }

                if (match)
                {
                    return r;
                }
            }

            return -1;
        }

        /// <summary>
        /// Reads the case that row <paramref name="row"/> selected with <paramref name="read"/>. While it reads, a constant
        /// member of the case's own object that is one of the row's discriminator values and reads another value (the
        /// member occurs a second time with a different value: see
        /// <see cref="JsonModelReader.ReadString(ref Utf8JsonReader, byte[], string)"/>) is a <see cref="JsonException"/>
        /// with the path of the object, as the look-ahead reported it when it scanned the whole object.
        /// </summary>
        public T ReadCase<T>(ref Utf8JsonReader reader, int row, JsonValueReader<T> read)
        {
            ReadState state = t_state ??= new ReadState();
            JsonDiscriminator? savedTable = state.Table;
            int savedRow = state.Row;
            int savedDepth = state.Depth;
            state.Table = this;
            state.Row = row;
            state.Depth = reader.CurrentDepth;
            try
            {
                return read(ref reader);
            }
            catch (JsonException) when (state.Duplicate is JsonException duplicate)
            {
                state.Duplicate = null;
                throw duplicate;
            }
            finally
            {
                state.Table = savedTable;
                state.Row = savedRow;
                state.Depth = savedDepth;
            }
        }

        /// <summary>
        /// Called by <see cref="JsonModelReader.ReadString(ref Utf8JsonReader, byte[], string)"/> when a constant member
        /// reads something other than <paramref name="expected"/>: throws when the member is a direct member of the case
        /// object being read and <paramref name="expected"/> is the discriminator value that selected the case.
        /// </summary>
        internal static void CheckRepeated(ref Utf8JsonReader reader, string expected)
        {
            ReadState? state = t_state;
            if (state?.Table is JsonDiscriminator table && reader.CurrentDepth == state.Depth + 1)
            {
                table.ThrowIfSelecting(state, expected);
            }
        }

        private void ThrowIfSelecting(ReadState state, string expected)
        {
            int width = _names.Length;
            for (int p = 0; p < width; p++)
            {
                int value = _rowValues[(state.Row * width) + p];
                if (value >= 0 && string.Equals(_valueTexts[p][value], expected, StringComparison.Ordinal))
                {
                    JsonException duplicate = JsonModelReader.DuplicateDiscriminator(_names[p]);
                    state.Duplicate = duplicate;
                    throw duplicate;
                }
            }
        }

        /// <summary>The discriminator read in progress on this thread (one per thread, saved and restored around nested reads).</summary>
        private sealed class ReadState
        {
            public JsonDiscriminator? Table;
            public int Row;
            public int Depth;
            public JsonException? Duplicate;
        }
    }
}
