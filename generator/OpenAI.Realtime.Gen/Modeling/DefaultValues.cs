using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>Classifies a spec default so the emitter can expose it as a typed constant where the member's type allows.</summary>
    internal static class DefaultValues
    {
        public static DefaultValueSpec Create(string json, JsonNode? node, TypeRef type, IReadOnlyDictionary<string, EnumTypeSpec> enums)
        {
            if (node is JsonValue value && !JsonNullSentinel.IsJsonNullSentinel(node))
            {
                JsonValueKind kind = value.GetValueKind();
                switch (type.Kind)
                {
                    case TypeRefKind.String when kind == JsonValueKind.String:
                        return new DefaultValueSpec(json, DefaultKind.String, value.GetValue<string>());
                    case TypeRefKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                        return new DefaultValueSpec(json, DefaultKind.Boolean, kind == JsonValueKind.True ? "true" : "false");
                    case TypeRefKind.Int32 or TypeRefKind.Int64 when kind == JsonValueKind.Number && long.TryParse(json, NumberStyles.Integer, CultureInfo.InvariantCulture, out long integer):
                        return new DefaultValueSpec(json, DefaultKind.Integer, integer.ToString(CultureInfo.InvariantCulture));
                    case TypeRefKind.Double or TypeRefKind.Single when kind == JsonValueKind.Number && SchemaFacts.TryParseNumber(json, out double number)
                        && (type.Kind == TypeRefKind.Double || System.Math.Abs(number) <= float.MaxValue):
                        return new DefaultValueSpec(json, DefaultKind.Number, number.ToString("R", CultureInfo.InvariantCulture));
                    case TypeRefKind.Named when type.NamedKind == NamedKind.Enum && kind == JsonValueKind.String && type.Name is string enumName && enums.TryGetValue(enumName, out EnumTypeSpec? spec):
                        string text = value.GetValue<string>();
                        EnumMemberSpec? member = spec.Members.FirstOrDefault(m => m.Value == text);
                        if (member is not null)
                        {
                            return new DefaultValueSpec(json, DefaultKind.EnumMember, member.Name);
                        }

                        break;
                }
            }

            return new DefaultValueSpec(json, DefaultKind.JsonOnly, null);
        }
    }
}
