using System.Runtime.CompilerServices;
using System.Text.Json;

namespace OpenAI.Realtime.Serialization
{
    /// <summary>
    /// The members whose shape gives a slot kind (<see cref="JsonModelShape.SlotKind"/>): their field is read, written,
    /// checked for null and cleared here, through the <c>ref</c> the class's <see cref="__Field"/> returns, with the same
    /// member readers and writers generated code calls for the others. The kind is the field's declared type, so each
    /// reinterpretation below is the field's own type.
    /// </summary>
    public abstract partial class JsonModel
    {
        private static void ReadSlot(ref Utf8JsonReader reader, ref byte field, char kind, JsonModelShape shape, int index)
        {
            // Strings first, outside the switch: most members are strings, and the reader's hot loop takes this path.
            if (kind == 's')
            {
                Unsafe.As<byte, string?>(ref field) = shape.ReadString(ref reader, index);
                return;
            }

            switch (kind)
            {
                case 'b': Unsafe.As<byte, bool?>(ref field) = __Boolean(ref reader); break;
                case 'i': Unsafe.As<byte, int?>(ref field) = __Int32(ref reader); break;
                case 'l': Unsafe.As<byte, long?>(ref field) = __Int64(ref reader); break;
                case 'd': Unsafe.As<byte, double?>(ref field) = __Double(ref reader); break;
                default: Unsafe.As<byte, float?>(ref field) = __Single(ref reader); break;
            }
        }

        private static void WriteSlot(Utf8JsonWriter writer, ref byte field, char kind)
        {
            switch (kind)
            {
                case 's': writer.WriteStringValue(Unsafe.As<byte, string?>(ref field)); break;
                case 'b': __Value(writer, Unsafe.As<byte, bool?>(ref field)); break;
                case 'i': __Value(writer, Unsafe.As<byte, int?>(ref field)); break;
                case 'l': __Value(writer, Unsafe.As<byte, long?>(ref field)); break;
                case 'd': __Value(writer, Unsafe.As<byte, double?>(ref field)); break;
                default: __Value(writer, Unsafe.As<byte, float?>(ref field)); break;
            }
        }

        /// <summary>
        /// Checks a slot's value against the shape's flags and returns whether it is null: a string as every other value is
        /// checked (its constant), a value kind only for null, without boxing.
        /// </summary>
        private static bool ValidateSlot(RealtimeValidationContext context, ref byte field, char kind, JsonModelShape shape, int index)
        {
            switch (kind)
            {
                case 's': return context.ValidateMember(Unsafe.As<byte, string?>(ref field), shape, index);
                case 'b': return !Unsafe.As<byte, bool?>(ref field).HasValue;
                case 'i': return !Unsafe.As<byte, int?>(ref field).HasValue;
                case 'l': return !Unsafe.As<byte, long?>(ref field).HasValue;
                case 'd': return !Unsafe.As<byte, double?>(ref field).HasValue;
                default: return !Unsafe.As<byte, float?>(ref field).HasValue;
            }
        }

        private static void ClearSlot(ref byte field, char kind)
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
