using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// Reads, writes, gets and clears a primitive member's field through the <c>ref</c> its class's <c>__Field</c> returns,
    /// by the kind its shape gives (<see cref="JsonModelShape.SlotKind"/>): the generated class needs no member code for it.
    /// The kind is the field's declared type, so each reinterpretation below is the field's own type.
    /// </summary>
    internal static class JsonModelSlot
    {
        public static void Read(ref Utf8JsonReader reader, ref byte field, char kind, JsonModelShape shape, int index)
        {
            if (kind == 's')
            {
                Unsafe.As<byte, string?>(ref field) = shape.ReadString(ref reader, index);
                return;
            }

            bool isNull = reader.TokenType == JsonTokenType.Null;
            switch (kind)
            {
                case 'b': Unsafe.As<byte, bool?>(ref field) = isNull ? null : JsonModelReader.ReadBoolean(ref reader); break;
                case 'i': Unsafe.As<byte, int?>(ref field) = isNull ? null : JsonModelReader.ReadInt32(ref reader); break;
                case 'l': Unsafe.As<byte, long?>(ref field) = isNull ? null : JsonModelReader.ReadInt64(ref reader); break;
                case 'd': Unsafe.As<byte, double?>(ref field) = isNull ? null : JsonModelReader.ReadDouble(ref reader); break;
                default: Unsafe.As<byte, float?>(ref field) = isNull ? null : JsonModelReader.ReadSingle(ref reader); break;
            }
        }

        public static void Write(Utf8JsonWriter writer, ref byte field, char kind)
        {
            switch (kind)
            {
                case 's': writer.WriteStringValue(Unsafe.As<byte, string?>(ref field)); break;
                case 'b': JsonModelWriter.WriteValue(writer, Unsafe.As<byte, bool?>(ref field)); break;
                case 'i': JsonModelWriter.WriteValue(writer, Unsafe.As<byte, int?>(ref field)); break;
                case 'l': JsonModelWriter.WriteValue(writer, Unsafe.As<byte, long?>(ref field)); break;
                case 'd': JsonModelWriter.WriteValue(writer, Unsafe.As<byte, double?>(ref field)); break;
                default: JsonModelWriter.WriteValue(writer, Unsafe.As<byte, float?>(ref field)); break;
            }
        }

        /// <summary>The field's value, boxed, for validation.</summary>
        public static object? Get(ref byte field, char kind)
        {
            switch (kind)
            {
                case 's': return Unsafe.As<byte, string?>(ref field);
                case 'b': return Unsafe.As<byte, bool?>(ref field);
                case 'i': return Unsafe.As<byte, int?>(ref field);
                case 'l': return Unsafe.As<byte, long?>(ref field);
                case 'd': return Unsafe.As<byte, double?>(ref field);
                default: return Unsafe.As<byte, float?>(ref field);
            }
        }

        public static void Clear(ref byte field, char kind)
        {
            switch (kind)
            {
                case 's': Unsafe.As<byte, string?>(ref field) = null; break;
                case 'b': Unsafe.As<byte, bool?>(ref field) = null; break;
                case 'i': Unsafe.As<byte, int?>(ref field) = null; break;
                case 'l': Unsafe.As<byte, long?>(ref field) = null; break;
                case 'd': Unsafe.As<byte, double?>(ref field) = null; break;
                default: Unsafe.As<byte, float?>(ref field) = null; break;
            }
        }
    }
}
