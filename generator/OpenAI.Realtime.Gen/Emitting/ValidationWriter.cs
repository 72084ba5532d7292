using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// Writes the checks <c>Validate()</c> runs for one value: the constraints the spec states (lengths, ranges, counts,
    /// patterns, constants, closed enumerations) and nested validation of generated types.
    /// </summary>
    internal static class ValidationWriter
    {
        /// <summary>Whether a value of <paramref name="type"/> with <paramref name="constraints"/> needs any check.</summary>
        public static bool HasChecks(TypeRef type, Constraints constraints, string? constant = null)
        {
            if (!constraints.IsEmpty || constant is not null)
            {
                return true;
            }

            return type.Kind switch
            {
                TypeRefKind.Named => type.NamedKind != NamedKind.Enum || type.IsClosedEnum,
                TypeRefKind.List or TypeRefKind.Map => ElementsMustNotBeNull(type) || HasChecks(type.Element!, constraints.Element ?? Constraints.None),
                _ => false,
            };
        }

        /// <summary>
        /// The shape flags that describe every check of a member's value (see the runtime's <c>JsonModelShape</c>: <c>C</c>
        /// constant, <c>K</c> closed enumeration, <c>I</c> items not null; nested models need none), or null when a check
        /// needs generated code: lengths, patterns, ranges, counts, JSON kinds, maps and collections of collections.
        /// </summary>
        public static string? ShapeFlags(TypeRef type, Constraints constraints, string? constant)
        {
            switch (type.Kind)
            {
                case TypeRefKind.String:
                    return constraints.MinLength is null && constraints.MaxLength is null && constraints.Pattern is null
                        ? (constant is null ? string.Empty : "C")
                        : null;
                case TypeRefKind.Int32:
                case TypeRefKind.Int64:
                case TypeRefKind.Double:
                case TypeRefKind.Single:
                    return constraints.Minimum is null && constraints.Maximum is null ? string.Empty : null;
                case TypeRefKind.Named:
                    return type.NamedKind == NamedKind.Enum && type.IsClosedEnum ? "K" : string.Empty;
                case TypeRefKind.List:
                    if (constraints.MinItems is not null || constraints.MaxItems is not null)
                    {
                        return null;
                    }

                    TypeRef element = type.Element!;
                    Constraints elementConstraints = constraints.Element ?? Constraints.None;
                    string items = ElementsMustNotBeNull(type) ? "I" : string.Empty;
                    if (!HasChecks(element, elementConstraints) || (element.Kind == TypeRefKind.Named && elementConstraints.IsEmpty))
                    {
                        return items + (element.Kind == TypeRefKind.Named && element.NamedKind == NamedKind.Enum && element.IsClosedEnum ? "K" : string.Empty);
                    }

                    return null;
                case TypeRefKind.Json:
                    // Its field is a DeferredJsonElement, a struct: whether it holds a value takes generated code too.
                    return null;
                default:
                    return HasChecks(type, constraints, constant) ? null : string.Empty;
            }
        }

        /// <summary>Whether a list or map holds references the spec does not allow to be null (the reader keeps such nulls).</summary>
        private static bool ElementsMustNotBeNull(TypeRef collection) => !collection.ElementIsNullable && !collection.Element!.IsValueType;

        /// <summary>
        /// Writes the checks for <paramref name="expression"/>. <paramref name="isNullable"/> tells whether the expression's
        /// C# type can be null (<c>T?</c>); <paramref name="depth"/> keeps loop variables unique in nested collections.
        /// </summary>
        public static void WriteChecks(SourceWriter writer, TypeRef type, Constraints constraints, string? constant, string expression, bool isNullable, string ns, int depth)
        {
            switch (type.Kind)
            {
                case TypeRefKind.String:
                    if (constraints.MinLength is not null || constraints.MaxLength is not null)
                    {
                        writer.Line($"context.CheckLength({expression}, {Int(constraints.MinLength)}, {Int(constraints.MaxLength)});");
                    }

                    if (constraints.Pattern is string pattern)
                    {
                        writer.Line($"context.CheckPattern({expression}, {CSharpText.StringLiteral(pattern)});");
                    }

                    if (constant is not null)
                    {
                        writer.Line($"context.CheckConstant({expression}, {CSharpText.StringLiteral(constant)});");
                    }

                    break;

                case TypeRefKind.Int32:
                case TypeRefKind.Int64:
                case TypeRefKind.Double:
                case TypeRefKind.Single:
                    if (constraints.Minimum is not null || constraints.Maximum is not null)
                    {
                        writer.Line($"context.CheckRange({expression}, {Number(constraints.Minimum)}, {Number(constraints.Maximum)}, {Bool(constraints.ExclusiveMinimum)}, {Bool(constraints.ExclusiveMaximum)});");
                    }

                    break;

                case TypeRefKind.Named when type.NamedKind == NamedKind.Enum:
                    if (type.IsClosedEnum)
                    {
                        writer.Line($"context.CheckKnown({expression});");
                    }

                    break;

                case TypeRefKind.Named:
                    writer.Line($"context.ValidateNested({expression});");
                    break;

                case TypeRefKind.Json:
                    if (constraints.JsonKind is string kind)
                    {
                        writer.Line($"context.CheckJsonKind({expression}, {TypeSyntax.Json}.JsonValueKind.{kind});");
                    }

                    break;

                case TypeRefKind.List:
                case TypeRefKind.Map:
                    WriteCollectionChecks(writer, type, constraints, expression, ns, depth);
                    break;
            }
        }

        private static void WriteCollectionChecks(SourceWriter writer, TypeRef type, Constraints constraints, string expression, string ns, int depth)
        {
            bool isList = type.Kind == TypeRefKind.List;
            if (constraints.MinItems is not null || constraints.MaxItems is not null)
            {
                writer.Line($"context.CheckCount({expression}?.Count, {Int(constraints.MinItems)}, {Int(constraints.MaxItems)}, {(isList ? "\"items\"" : "\"members\"")});");
            }

            Constraints element = constraints.Element ?? Constraints.None;
            bool checkKeys = !isList && constraints.KeyMaxLength is not null;
            bool checkNulls = ElementsMustNotBeNull(type);
            if (!checkKeys && !checkNulls && !HasChecks(type.Element!, element))
            {
                return;
            }

            TypeRef elementType = type.Element!;
            bool nestedOnly = !HasChecks(elementType, element)
                || (elementType.Kind == TypeRefKind.Named && elementType.NamedKind != NamedKind.Enum && element.IsEmpty);
            if (nestedOnly)
            {
                // Items that only need the null check and their own validation: the runtime walks them.
                writer.Line(isList
                    ? $"context.ValidateItems({expression}, {Bool(checkNulls)});"
                    : $"context.ValidateMembers({expression}, {Bool(checkNulls)}, {Int(constraints.KeyMaxLength)});");
                return;
            }

            string suffix = depth.ToString(CultureInfo.InvariantCulture);
            writer.Line($"if ({expression} != null)");
            writer.Open();
            string item = "item" + suffix;
            if (isList)
            {
                string index = "i" + suffix;
                writer.Line($"for (int {index} = 0; {index} < {expression}.Count; {index}++)");
                writer.Open();
                writer.Line($"context.PushIndex({index});");
                writer.Line($"var {item} = {expression}[{index}];");
            }
            else
            {
                string pair = "pair" + suffix;
                writer.Line($"foreach (var {pair} in {expression})");
                writer.Open();
                writer.Line($"context.PushProperty({pair}.Key);");
                if (checkKeys)
                {
                    writer.Line($"context.CheckLength({pair}.Key, null, {Int(constraints.KeyMaxLength)});");
                }

                writer.Line($"var {item} = {pair}.Value;");
            }

            if (checkNulls)
            {
                writer.Line($"context.CheckNotNull({item} == null);");
            }

            WriteChecks(writer, type.Element!, element, null, item, type.ElementIsNullable && type.Element!.IsValueType, ns, depth + 1);
            writer.Line("context.Pop();");
            writer.Close();
            writer.Close();
        }

        /// <summary>The public <c>Validate()</c> every generated class and union has (left out when the user declares one).</summary>
        public static void WritePublicValidate(SourceWriter writer)
        {
            writer.Line("/// <summary>");
            writer.Line("/// Checks this value, and every value it holds, against the constraints of its schema: required members, nulls the");
            writer.Line("/// spec does not allow, lengths, ranges, counts, patterns and closed enumerations. Reading is tolerant; this is where");
            writer.Line("/// a payload that breaks the spec shows. Never throws.");
            writer.Line("/// </summary>");
            writer.Line("/// <returns>Every violation found; empty when the value is valid.</returns>");
            writer.Line($"public {TypeSyntax.Collections}.IReadOnlyList<{TypeSyntax.Runtime}::RealtimeValidationError> Validate()");
            writer.Open();
            writer.Line($"var context = new {TypeSyntax.Runtime}::RealtimeValidationContext();");
            writer.Line($"(({TypeSyntax.Runtime}::IRealtimeValidatable)this).Validate(context);");
            writer.Line("return context.Errors;");
            writer.Close();
            writer.Line();
        }

        private static string Int(int? value) => value is int v ? v.ToString(CultureInfo.InvariantCulture) : "null";

        private static string Number(string? value) => value is null ? "null" : NumberLiteral(value);

        private static string Bool(bool value) => value ? "true" : "false";

        /// <summary>A double literal for an invariant number text from the spec.</summary>
        public static string NumberLiteral(string text)
        {
            double value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            string literal = value.ToString("R", CultureInfo.InvariantCulture);
            return literal.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? literal + "d" : literal + ".0";
        }
    }
}
