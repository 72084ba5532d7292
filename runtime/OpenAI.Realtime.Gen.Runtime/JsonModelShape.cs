using System;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The compact description of a generated model class that the shared reader, writer and validator of
    /// <see cref="JsonModel"/> work from: its members in schema order, with their C# names, JSON names and flags. A
    /// generated class holds one in a static field; all behaviour lives here and in <see cref="JsonModel"/>, written once.
    /// </summary>
    /// <remarks>
    /// Members are given as triples <c>C# name, JSON name, flags</c>. Flags are letters, optionally followed by
    /// <c>=</c> and the string the member almost always holds (its constant, or the discriminator value of a union case):
    /// <c>R</c> required, <c>N</c> may be null, <c>S</c> set by the server (left out in request mode), <c>U</c> declared by
    /// the user in their part of the partial class (not cleared by <c>Unset</c>). How <c>Validate()</c> checks a member's
    /// value: <c>V</c> by the class's own generated code (constraints a table does not describe: lengths, patterns, ranges,
    /// counts, JSON kinds, maps, nested collections); otherwise here, from the value the class hands over, with <c>C</c>
    /// the member's string must be its constant (the text after <c>=</c>), <c>K</c> the value, or each item of a list, must
    /// be one the closed enumeration lists, <c>I</c> the items of a list must not be null. Generated models and unions the
    /// value is, or a list holds, are validated in turn. A lowercase letter says the member's field is a primitive the
    /// runtime reads, writes, checks and clears itself, through the <c>ref</c> the class's <c>__Field</c> returns: <c>s</c>
    /// <c>string?</c>, <c>b</c> <c>bool?</c>, <c>i</c> <c>int?</c>, <c>l</c> <c>long?</c>, <c>d</c> <c>double?</c>,
    /// <c>f</c> <c>float?</c>; the class has member code (<c>__Read</c>, <c>__Write</c>, <c>__Get</c>) only for the others.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonModelShape
    {
        private readonly string[] _propertyNames;
        private readonly string[] _jsonNames;
        private readonly string?[] _expected;
        private readonly byte[]?[] _expectedUtf8;
        private readonly ulong[] _required;
        private readonly ulong[] _nullable;
        private readonly ulong[] _serverOnly;
        private readonly ulong[] _userDeclared;
        private readonly ulong[] _validatedByCode;
        private readonly ulong[] _checksConstant;
        private readonly ulong[] _checksKnown;
        private readonly ulong[] _itemsNotNull;
        private readonly char[] _slotKinds;

        /// <summary>Describes a model; see the remarks of <see cref="JsonModelShape"/> for <paramref name="members"/>.</summary>
        /// <param name="typeName">The C# name of the model, for messages.</param>
        /// <param name="members">Triples of C# name, JSON name and flags, in schema order.</param>
        public JsonModelShape(string typeName, params string[] members)
            : this(typeName, JsonModelHooks.None, members)
        {
        }

        /// <summary>
        /// Describes a model whose class implements some of the hooks (<c>OnDeserialized</c>, <c>OnSerializing</c>): the
        /// reader and writer call only those the flags name.
        /// </summary>
        /// <param name="typeName">The C# name of the model, for messages.</param>
        /// <param name="hooks">The hooks the class implements.</param>
        /// <param name="members">Triples of C# name, JSON name and flags, in schema order.</param>
        public JsonModelShape(string typeName, JsonModelHooks hooks, params string[] members)
        {
            Hooks = hooks;
            if (members is null || members.Length % 3 != 0)
            {
                throw new ArgumentException("Members come as triples: C# name, JSON name, flags.", nameof(members));
            }

            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            int count = members.Length / 3;
            int words = Math.Max(1, (count + 63) / 64);
            _propertyNames = new string[count];
            _jsonNames = new string[count];
            _expected = new string?[count];
            _expectedUtf8 = new byte[]?[count];
            Utf8Names = new byte[count][];
            EncodedNames = new JsonEncodedText[count];
            _required = new ulong[words];
            _nullable = new ulong[words];
            _serverOnly = new ulong[words];
            _userDeclared = new ulong[words];
            _validatedByCode = new ulong[words];
            _checksConstant = new ulong[words];
            _checksKnown = new ulong[words];
            _itemsNotNull = new ulong[words];
            _slotKinds = new char[count];
            for (int i = 0; i < count; i++)
            {
                _propertyNames[i] = members[3 * i];
                _jsonNames[i] = members[(3 * i) + 1];
                Utf8Names[i] = Encoding.UTF8.GetBytes(_jsonNames[i]);
                EncodedNames[i] = JsonEncodedText.Encode(Utf8Names[i]);
                string flags = members[(3 * i) + 2];
                int equals = flags.IndexOf('=');
                if (equals >= 0)
                {
                    string expected = string.Intern(flags.Substring(equals + 1));
                    _expected[i] = expected;
                    _expectedUtf8[i] = Encoding.UTF8.GetBytes(expected);
                    flags = flags.Substring(0, equals);
                }

                ulong bit = 1UL << (i & 63);
                foreach (char flag in flags)
                {
                    switch (flag)
                    {
                        case 'R': _required[i >> 6] |= bit; break;
                        case 'N': _nullable[i >> 6] |= bit; break;
                        case 'S': _serverOnly[i >> 6] |= bit; break;
                        case 'U': _userDeclared[i >> 6] |= bit; HasUserDeclared = true; break;
                        case 'V': _validatedByCode[i >> 6] |= bit; break;
                        case 'C': _checksConstant[i >> 6] |= bit; break;
                        case 'K': _checksKnown[i >> 6] |= bit; break;
                        case 'I': _itemsNotNull[i >> 6] |= bit; break;
                        case 's': case 'b': case 'i': case 'l': case 'd': case 'f': _slotKinds[i] = flag; break;
                        default: throw new ArgumentException("Unknown member flag '" + flag + "' for " + _propertyNames[i] + ".", nameof(members));
                    }
                }
            }
        }

        /// <summary>The hooks the class implements.</summary>
        internal JsonModelHooks Hooks { get; }

        /// <summary>Whether the user declared any member in their part of the class (flag <c>U</c>).</summary>
        internal bool HasUserDeclared { get; }

        /// <summary>The C# name of the model.</summary>
        public string TypeName { get; }

        /// <summary>How many members the model has.</summary>
        public int Count => _jsonNames.Length;

        /// <summary>The JSON names as raw UTF-8, in member order (what the reader matches).</summary>
        internal byte[][] Utf8Names { get; }

        /// <summary>The JSON names encoded for the writer, in member order.</summary>
        internal JsonEncodedText[] EncodedNames { get; }

        /// <summary>The JSON name of member <paramref name="index"/>.</summary>
        public string JsonName(int index) => _jsonNames[index];

        /// <summary>The index of the member whose C# property is <paramref name="propertyName"/>.</summary>
        /// <exception cref="ArgumentException">The model has no such property.</exception>
        public int IndexOf(string propertyName)
        {
            int index = Array.IndexOf(_propertyNames, propertyName);
            if (index < 0)
            {
                throw new ArgumentException("'" + propertyName + "' is not a property of " + TypeName + ".", nameof(propertyName));
            }

            return index;
        }

        internal bool IsRequired(int index) => Has(_required, index);

        internal bool IsNullable(int index) => Has(_nullable, index);

        internal bool IsUserDeclared(int index) => Has(_userDeclared, index);

        internal bool IsValidatedByCode(int index) => Has(_validatedByCode, index);

        /// <summary>The constant member <paramref name="index"/> must hold, or null when it has none to check.</summary>
        internal string? CheckedConstant(int index) => Has(_checksConstant, index) ? _expected[index] : null;

        internal bool ChecksKnown(int index) => Has(_checksKnown, index);

        internal bool ItemsMustNotBeNull(int index) => Has(_itemsNotNull, index);

        /// <summary>
        /// The kind of member <paramref name="index"/>'s field when the runtime reads, writes and clears it through
        /// <c>__Field</c> (<c>s</c> <c>string?</c>, <c>b</c> <c>bool?</c>, <c>i</c> <c>int?</c>, <c>l</c> <c>long?</c>,
        /// <c>d</c> <c>double?</c>, <c>f</c> <c>float?</c>); <c>'\0'</c> when the class's own member code does.
        /// </summary>
        internal char SlotKind(int index) => _slotKinds[index];

        /// <summary>The server-only members of presence word <paramref name="word"/>, as a mask.</summary>
        internal ulong ServerOnly(int word) => word < _serverOnly.Length ? _serverOnly[word] : 0;

        /// <summary>
        /// Reads the string value of member <paramref name="index"/>, or null: the member's usual value is returned without
        /// allocating.
        /// </summary>
        public string? ReadString(ref Utf8JsonReader reader, int index)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            byte[]? expected = _expectedUtf8[index];
            return expected is null ? JsonModelReader.ReadString(ref reader) : JsonModelReader.ReadString(ref reader, expected, _expected[index]!);
        }

        private static bool Has(ulong[] words, int index) => (words[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>The hooks a generated model class implements, which the shared reader and writer call.</summary>
    [Flags]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum JsonModelHooks
    {
        /// <summary>None.</summary>
        None = 0,

        /// <summary><c>OnDeserialized</c>, after a value is read.</summary>
        OnRead = 1,

        /// <summary><c>OnSerializing</c>, before a value is written.</summary>
        OnWrite = 2,
    }
}
