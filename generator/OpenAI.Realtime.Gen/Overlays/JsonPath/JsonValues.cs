using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Overlays.JsonPath
{
    /// <summary>
    /// JSON value semantics over <see cref="JsonNode"/>s, whatever CLR value backs them (a <see cref="JsonElement"/>, or a
    /// <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, string or bool from our readers): numbers compare
    /// by value (<c>1 == 1.0</c>), objects without regard to member order. Iterative.
    /// </summary>
    internal static class JsonValues
    {
        /// <summary>Whether two JSON values are equal (a C# null is JSON null).</summary>
        public static bool DeepEquals(JsonNode? left, JsonNode? right)
        {
            var pending = new Stack<(JsonNode? Left, JsonNode? Right)>();
            pending.Push((left, right));
            while (pending.Count > 0)
            {
                var (a, b) = pending.Pop();
                JsonValueKind ka = Kind(a);
                if (ka != Kind(b))
                {
                    return false;
                }

                switch (ka)
                {
                    case JsonValueKind.Object:
                        var oa = (JsonObject)a!;
                        var ob = (JsonObject)b!;
                        if (oa.Count != ob.Count)
                        {
                            return false;
                        }

                        foreach (KeyValuePair<string, JsonNode?> member in oa)
                        {
                            if (!ob.TryGetPropertyValue(member.Key, out JsonNode? other))
                            {
                                return false;
                            }

                            pending.Push((member.Value, other));
                        }

                        break;
                    case JsonValueKind.Array:
                        var aa = (JsonArray)a!;
                        var ab = (JsonArray)b!;
                        if (aa.Count != ab.Count)
                        {
                            return false;
                        }

                        for (int i = 0; i < aa.Count; i++)
                        {
                            pending.Push((aa[i], ab[i]));
                        }

                        break;
                    case JsonValueKind.Number:
                        if (CompareNumbers((JsonValue)a!, (JsonValue)b!) != 0)
                        {
                            return false;
                        }

                        break;
                    case JsonValueKind.String:
                        if (!string.Equals(a!.GetValue<string>(), b!.GetValue<string>(), StringComparison.Ordinal))
                        {
                            return false;
                        }

                        break;
                }
            }

            return true;
        }

        /// <summary>The JSON kind of a node; <see cref="JsonValueKind.Null"/> for a C# null.</summary>
        public static JsonValueKind Kind(JsonNode? node) => node is null ? JsonValueKind.Null : node.GetValueKind();

        /// <summary>Compares two JSON numbers by value: exactly as decimals when both fit, as doubles otherwise.</summary>
        public static int CompareNumbers(JsonValue a, JsonValue b)
        {
            if (TryDecimal(a, out decimal da) && TryDecimal(b, out decimal db))
            {
                return da.CompareTo(db);
            }

            return ToDouble(a).CompareTo(ToDouble(b));
        }

        /// <summary>Orders strings by Unicode scalar values (not UTF-16 units).</summary>
        public static int CompareCodePoints(string a, string b)
        {
            int i = 0;
            while (i < a.Length && i < b.Length)
            {
                int ca = CodePoint(a, i);
                int cb = CodePoint(b, i);
                if (ca != cb)
                {
                    return ca.CompareTo(cb);
                }

                i += ca > 0xFFFF ? 2 : 1;
            }

            return (a.Length - i).CompareTo(b.Length - i);
        }

        private static int CodePoint(string s, int i)
            => char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];

        private static bool TryDecimal(JsonValue value, out decimal result)
        {
            if (value.TryGetValue(out JsonElement element))
            {
                return element.TryGetDecimal(out result);
            }

            if (value.TryGetValue(out long l))
            {
                result = l;
                return true;
            }

            if (value.TryGetValue(out int i))
            {
                result = i;
                return true;
            }

            if (value.TryGetValue(out decimal d))
            {
                result = d;
                return true;
            }

            if (value.TryGetValue(out double dbl) && !double.IsNaN(dbl) && !double.IsInfinity(dbl) && Math.Abs(dbl) < 7.9e28)
            {
                try
                {
                    result = (decimal)dbl;
                    return Math.Abs(dbl) < 1e-20 ? dbl == 0 : true;
                }
                catch (OverflowException)
                {
                }
            }

            result = 0;
            return false;
        }

        private static double ToDouble(JsonValue value)
        {
            if (value.TryGetValue(out JsonElement element))
            {
                return element.GetDouble();
            }

            if (value.TryGetValue(out double d))
            {
                return d;
            }

            if (value.TryGetValue(out long l))
            {
                return l;
            }

            if (value.TryGetValue(out decimal m))
            {
                return (double)m;
            }

            return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }
}
