using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Overlays.JsonPath
{
    /// <summary>One segment of a query: child (<c>[...]</c>, <c>.name</c>, <c>.*</c>) or descendant (<c>..</c>).</summary>
    internal sealed class Segment
    {
        public Segment(bool isDescendant, Selector[] selectors)
        {
            IsDescendant = isDescendant;
            Selectors = selectors;
        }

        public bool IsDescendant { get; }

        public Selector[] Selectors { get; }
    }

    internal abstract class Selector
    {
    }

    internal sealed class NameSelector : Selector
    {
        public NameSelector(string name) => Name = name;

        public string Name { get; }
    }

    internal sealed class WildcardSelector : Selector
    {
        public static readonly WildcardSelector Instance = new WildcardSelector();
    }

    internal sealed class IndexSelector : Selector
    {
        public IndexSelector(long index) => Index = index;

        public long Index { get; }
    }

    internal sealed class SliceSelector : Selector
    {
        public SliceSelector(long? start, long? end, long? step)
        {
            Start = start;
            End = end;
            Step = step;
        }

        public long? Start { get; }

        public long? End { get; }

        public long? Step { get; }
    }

    internal sealed class FilterSelector : Selector
    {
        public FilterSelector(LogicalExpression expression) => Expression = expression;

        public LogicalExpression Expression { get; }
    }

    /// <summary>An expression of a filter that is true or false.</summary>
    internal abstract class LogicalExpression
    {
    }

    internal sealed class OrExpression : LogicalExpression
    {
        public OrExpression(List<LogicalExpression> operands) => Operands = operands;

        public List<LogicalExpression> Operands { get; }
    }

    internal sealed class AndExpression : LogicalExpression
    {
        public AndExpression(List<LogicalExpression> operands) => Operands = operands;

        public List<LogicalExpression> Operands { get; }
    }

    internal sealed class NotExpression : LogicalExpression
    {
        public NotExpression(LogicalExpression operand) => Operand = operand;

        public LogicalExpression Operand { get; }
    }

    /// <summary>An existence test: true when the query selects at least one node.</summary>
    internal sealed class ExistsExpression : LogicalExpression
    {
        public ExistsExpression(FilterQuery query) => Query = query;

        public FilterQuery Query { get; }
    }

    /// <summary>A function call whose result is logical (only in queries this evaluator refuses).</summary>
    internal sealed class LogicalFunctionExpression : LogicalExpression
    {
        public LogicalFunctionExpression(FunctionCall call) => Call = call;

        public FunctionCall Call { get; }
    }

    internal enum ComparisonOperator
    {
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
    }

    internal sealed class ComparisonExpression : LogicalExpression
    {
        public ComparisonExpression(Comparable left, ComparisonOperator op, Comparable right)
        {
            Left = left;
            Operator = op;
            Right = right;
        }

        public Comparable Left { get; }

        public ComparisonOperator Operator { get; }

        public Comparable Right { get; }
    }

    /// <summary>A side of a comparison, or a function argument: a literal, a query or a function call.</summary>
    internal abstract class Comparable
    {
    }

    internal sealed class LiteralComparable : Comparable
    {
        public LiteralComparable(JsonNode? value) => Value = value;

        /// <summary>The literal (a C# null is JSON null).</summary>
        public JsonNode? Value { get; }
    }

    /// <summary>A query relative to the current node (<c>@</c>) or the root (<c>$</c>).</summary>
    internal sealed class FilterQuery : Comparable
    {
        public FilterQuery(bool isRelative, Segment[] segments)
        {
            IsRelative = isRelative;
            Segments = segments;
        }

        public bool IsRelative { get; }

        public Segment[] Segments { get; }

        /// <summary>Whether the query selects at most one node: child segments of one name or index selector each.</summary>
        public bool IsSingular
        {
            get
            {
                foreach (Segment segment in Segments)
                {
                    if (segment.IsDescendant || segment.Selectors.Length != 1 || segment.Selectors[0] is not (NameSelector or IndexSelector))
                    {
                        return false;
                    }
                }

                return true;
            }
        }
    }

    internal enum FunctionType
    {
        Value,
        Logical,
        Nodes,
    }

    internal sealed class FunctionCall : Comparable
    {
        public FunctionCall(string name, List<Comparable> arguments, FunctionType resultType)
        {
            Name = name;
            Arguments = arguments;
            ResultType = resultType;
        }

        public string Name { get; }

        public List<Comparable> Arguments { get; }

        public FunctionType ResultType { get; }
    }

    /// <summary>A logical expression used as a function argument.</summary>
    internal sealed class LogicalArgument : Comparable
    {
        public LogicalArgument(LogicalExpression expression) => Expression = expression;

        public LogicalExpression Expression { get; }
    }
}
