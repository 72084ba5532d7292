using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenAI.Realtime.Gen.Overlays.JsonPath
{
    /// <summary>
    /// Parses RFC 9535 JSONPath queries: root, child and descendant segments, name (shorthand and quoted), wildcard,
    /// index, slice and filter selectors, filters with comparisons, <c>&amp;&amp;</c>, <c>||</c>, <c>!</c>, parentheses
    /// and existence tests, and the functions <c>length</c>, <c>count</c> and <c>value</c>. <c>match</c> and
    /// <c>search</c> (I-Regexp) are checked for well-typedness and then refused as not supported. Recursive descent over
    /// the query text, bounded by <see cref="MaxLength"/> and <see cref="MaxNesting"/>; every error is a
    /// <see cref="JsonPathException"/>. One leniency: a dotted member name may hold <c>-</c> after its first char
    /// (<c>@.x-oai-traits</c>), which RFC 9535 would reject and overlays commonly use.
    /// </summary>
    internal sealed class JsonPathParser
    {
        public const int MaxLength = 4096;
        public const int MaxNesting = 64;
        private const long MaxSafeInteger = 9007199254740991;

        private readonly string _text;
        private int _at;
        private int _nesting;
        private string? _unsupported;
        private int _unsupportedAt;

        private JsonPathParser(string text) => _text = text;

        /// <summary>Parses a whole query; throws <see cref="JsonPathException"/> when it is invalid or not supported.</summary>
        public static JsonPathQuery Parse(string text)
        {
            if (text is null)
            {
                throw new JsonPathException("The query is missing.", 0);
            }

            if (text.Length > MaxLength)
            {
                throw new JsonPathException(string.Format(CultureInfo.InvariantCulture, "The query is longer than {0} chars.", MaxLength), MaxLength, notSupported: true);
            }

            var parser = new JsonPathParser(text);
            if (!parser.Eat('$'))
            {
                throw new JsonPathException("A query starts with '$'.", 0);
            }

            Segment[] segments = parser.Segments();
            if (parser._at != text.Length)
            {
                throw parser.Error("Unexpected '" + text[parser._at] + "'.");
            }

            if (parser._unsupported is not null)
            {
                throw new JsonPathException(parser._unsupported, parser._unsupportedAt, notSupported: true);
            }

            return new JsonPathQuery(text, segments);
        }

        private JsonPathException Error(string message) => new JsonPathException(message + " (at offset " + _at.ToString(CultureInfo.InvariantCulture) + ")", _at);

        private bool AtEnd => _at >= _text.Length;

        private char Current => _text[_at];

        private bool Eat(char c)
        {
            if (!AtEnd && Current == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        private bool Eat(string s)
        {
            if (string.CompareOrdinal(_text, _at, s, 0, s.Length) == 0 && _at + s.Length <= _text.Length)
            {
                _at += s.Length;
                return true;
            }

            return false;
        }

        private void Expect(char c)
        {
            if (!Eat(c))
            {
                throw Error(AtEnd ? "Expected '" + c + "' but the query ends." : "Expected '" + c + "', not '" + Current + "'.");
            }
        }

        private void SkipBlanks()
        {
            while (!AtEnd && Current is ' ' or '\t' or '\n' or '\r')
            {
                _at++;
            }
        }

        private void Enter()
        {
            if (++_nesting > MaxNesting)
            {
                throw new JsonPathException(string.Format(CultureInfo.InvariantCulture, "The query nests deeper than {0} levels.", MaxNesting), _at, notSupported: true);
            }
        }

        /// <summary><c>*(S segment)</c>: whitespace is consumed only when a segment follows it.</summary>
        private Segment[] Segments()
        {
            var segments = new List<Segment>();
            while (true)
            {
                int before = _at;
                SkipBlanks();
                if (!AtEnd && (Current == '[' || Current == '.'))
                {
                    segments.Add(Segment());
                    continue;
                }

                _at = before;
                return segments.ToArray();
            }
        }

        private Segment Segment()
        {
            if (Eat(".."))
            {
                if (!AtEnd && Current == '[')
                {
                    return new Segment(true, Bracketed());
                }

                if (Eat('*'))
                {
                    return new Segment(true, new Selector[] { WildcardSelector.Instance });
                }

                return new Segment(true, new Selector[] { new NameSelector(Shorthand()) });
            }

            if (Eat('.'))
            {
                if (Eat('*'))
                {
                    return new Segment(false, new Selector[] { WildcardSelector.Instance });
                }

                return new Segment(false, new Selector[] { new NameSelector(Shorthand()) });
            }

            return new Segment(false, Bracketed());
        }

        private string Shorthand()
        {
            int start = _at;
            if (AtEnd || !IsNameFirst(Current))
            {
                throw Error("Expected a member name.");
            }

            // One leniency beyond RFC 9535: '-' after the first char, as overlays write extension names
            // ($.paths.*.get.x-codegen; the Overlay specification's own examples do). No valid query changes meaning.
            while (!AtEnd && (IsNameFirst(Current) || Current is (>= '0' and <= '9') or '-'))
            {
                if (char.IsHighSurrogate(Current))
                {
                    if (_at + 1 >= _text.Length || !char.IsLowSurrogate(_text[_at + 1]))
                    {
                        throw Error("A lone surrogate is not a char.");
                    }

                    _at++;
                }
                else if (char.IsLowSurrogate(Current))
                {
                    throw Error("A lone surrogate is not a char.");
                }

                _at++;
            }

            return _text.Substring(start, _at - start);
        }

        private static bool IsNameFirst(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_' or (>= '\u0080' and <= '\uD7FF') or >= '\uD800';

        private Selector[] Bracketed()
        {
            Expect('[');
            Enter();
            var selectors = new List<Selector>();
            SkipBlanks();
            selectors.Add(Selector());
            SkipBlanks();
            while (Eat(','))
            {
                SkipBlanks();
                selectors.Add(Selector());
                SkipBlanks();
            }

            Expect(']');
            _nesting--;
            return selectors.ToArray();
        }

        private Selector Selector()
        {
            if (AtEnd)
            {
                throw Error("Expected a selector but the query ends.");
            }

            char c = Current;
            if (c is '\'' or '"')
            {
                return new NameSelector(StringLiteral());
            }

            if (c == '*')
            {
                _at++;
                return WildcardSelector.Instance;
            }

            if (c == '?')
            {
                _at++;
                SkipBlanks();
                return new FilterSelector(LogicalOr());
            }

            if (c == ':' || c == '-' || c is >= '0' and <= '9')
            {
                long? start = null;
                if (c != ':')
                {
                    start = Integer();
                    int afterStart = _at;
                    SkipBlanks();
                    if (AtEnd || Current != ':')
                    {
                        _at = afterStart;
                        return new IndexSelector(start.Value);
                    }
                }

                Expect(':');
                SkipBlanks();
                long? end = null;
                long? step = null;
                if (!AtEnd && (Current == '-' || Current is >= '0' and <= '9'))
                {
                    end = Integer();
                    SkipBlanks();
                }

                if (Eat(':'))
                {
                    SkipBlanks();
                    if (!AtEnd && (Current == '-' || Current is >= '0' and <= '9'))
                    {
                        step = Integer();
                    }
                }

                return new SliceSelector(start, end, step);
            }

            throw Error("Unexpected '" + c + "' in a selector.");
        }

        /// <summary>An RFC 9535 <c>int</c>: <c>0</c> or an optional minus and a number without leading zeros, within I-JSON's range.</summary>
        private long Integer()
        {
            int start = _at;
            bool negative = Eat('-');
            if (AtEnd || Current is < '0' or > '9')
            {
                throw Error("Expected a digit.");
            }

            if (Current == '0')
            {
                _at++;
                if (negative)
                {
                    throw Error("'-0' is not an integer here.");
                }

                if (!AtEnd && Current is >= '0' and <= '9')
                {
                    throw Error("An integer has no leading zeros.");
                }

                return 0;
            }

            while (!AtEnd && Current is >= '0' and <= '9')
            {
                _at++;
            }

            string digits = _text.Substring(start, _at - start);
            if (digits.Length > 17 || !long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) || value > MaxSafeInteger || value < -MaxSafeInteger)
            {
                throw Error("The integer " + digits + " is outside the range -(2^53)+1 to (2^53)-1.");
            }

            return value;
        }

        private string StringLiteral()
        {
            char quote = Current;
            _at++;
            var builder = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw Error("A string literal is not closed.");
                }

                char c = Current;
                _at++;
                if (c == quote)
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    throw Error("A control char must be escaped in a string literal.");
                }

                if (c != '\\')
                {
                    if (char.IsHighSurrogate(c))
                    {
                        if (AtEnd || !char.IsLowSurrogate(Current))
                        {
                            throw Error("A lone surrogate is not a char.");
                        }

                        builder.Append(c).Append(Current);
                        _at++;
                        continue;
                    }

                    if (char.IsLowSurrogate(c))
                    {
                        throw Error("A lone surrogate is not a char.");
                    }

                    builder.Append(c);
                    continue;
                }

                if (AtEnd)
                {
                    throw Error("An escape is not finished.");
                }

                char e = Current;
                _at++;
                switch (e)
                {
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case '/': builder.Append('/'); break;
                    case '\\': builder.Append('\\'); break;
                    case '\'' when quote == '\'': builder.Append('\''); break;
                    case '"' when quote == '"': builder.Append('"'); break;
                    case 'u':
                        {
                            int unit = Hex4();
                            if (unit is >= 0xD800 and <= 0xDBFF)
                            {
                                if (!Eat("\\u"))
                                {
                                    throw Error("A high surrogate escape must be followed by a low one.");
                                }

                                int low = Hex4();
                                if (low is < 0xDC00 or > 0xDFFF)
                                {
                                    throw Error("A high surrogate escape must be followed by a low one.");
                                }

                                builder.Append((char)unit).Append((char)low);
                            }
                            else if (unit is >= 0xDC00 and <= 0xDFFF)
                            {
                                throw Error("A lone low surrogate escape.");
                            }
                            else
                            {
                                builder.Append((char)unit);
                            }

                            break;
                        }

                    default:
                        throw Error("'\\" + e + "' is not an escape of this string literal.");
                }
            }
        }

        private int Hex4()
        {
            if (_at + 4 > _text.Length)
            {
                throw Error("A \\u escape needs four hex digits.");
            }

            int value = 0;
            for (int i = 0; i < 4; i++)
            {
                char h = _text[_at + i];
                int digit = h is >= '0' and <= '9' ? h - '0' : h is >= 'a' and <= 'f' ? h - 'a' + 10 : h is >= 'A' and <= 'F' ? h - 'A' + 10 : -1;
                if (digit < 0)
                {
                    throw Error("A \\u escape needs four hex digits.");
                }

                value = (value * 16) + digit;
            }

            _at += 4;
            return value;
        }

        private LogicalExpression LogicalOr()
        {
            Enter();
            var operands = new List<LogicalExpression> { LogicalAnd() };
            while (true)
            {
                int before = _at;
                SkipBlanks();
                if (!Eat("||"))
                {
                    _at = before;
                    break;
                }

                SkipBlanks();
                operands.Add(LogicalAnd());
            }

            _nesting--;
            return operands.Count == 1 ? operands[0] : new OrExpression(operands);
        }

        private LogicalExpression LogicalAnd()
        {
            var operands = new List<LogicalExpression> { Basic() };
            while (true)
            {
                int before = _at;
                SkipBlanks();
                if (!Eat("&&"))
                {
                    _at = before;
                    break;
                }

                SkipBlanks();
                operands.Add(Basic());
            }

            return operands.Count == 1 ? operands[0] : new AndExpression(operands);
        }

        private LogicalExpression Basic()
        {
            if (AtEnd)
            {
                throw Error("Expected an expression but the query ends.");
            }

            int start = _at;
            if (Eat('!'))
            {
                SkipBlanks();
                if (Eat('('))
                {
                    SkipBlanks();
                    LogicalExpression inner = LogicalOr();
                    SkipBlanks();
                    Expect(')');
                    return new NotExpression(inner);
                }

                Comparable operand = ComparableOrTest(out bool isQuery);
                return new NotExpression(AsTest(operand, isQuery, start));
            }

            if (Eat('('))
            {
                SkipBlanks();
                LogicalExpression inner = LogicalOr();
                SkipBlanks();
                Expect(')');
                return inner;
            }

            Comparable left = ComparableOrTest(out bool leftIsQuery);
            int afterLeft = _at;
            SkipBlanks();
            ComparisonOperator? op = ComparisonOp();
            if (op is null)
            {
                _at = afterLeft;
                return AsTest(left, leftIsQuery, start);
            }

            CheckComparable(left, start);
            SkipBlanks();
            int rightStart = _at;
            Comparable right = ComparableOrTest(out _);
            CheckComparable(right, rightStart);
            return new ComparisonExpression(left, op.Value, right);
        }

        private ComparisonOperator? ComparisonOp()
        {
            if (Eat("=="))
            {
                return ComparisonOperator.Equal;
            }

            if (Eat("!="))
            {
                return ComparisonOperator.NotEqual;
            }

            if (Eat("<="))
            {
                return ComparisonOperator.LessOrEqual;
            }

            if (Eat(">="))
            {
                return ComparisonOperator.GreaterOrEqual;
            }

            if (Eat('<'))
            {
                return ComparisonOperator.Less;
            }

            if (Eat('>'))
            {
                return ComparisonOperator.Greater;
            }

            return null;
        }

        /// <summary>A test expression: a query (existence) or a function returning a logical or nodes result.</summary>
        private LogicalExpression AsTest(Comparable operand, bool isQuery, int start)
        {
            if (isQuery)
            {
                return new ExistsExpression((FilterQuery)operand);
            }

            if (operand is FunctionCall call)
            {
                if (call.ResultType == FunctionType.Logical)
                {
                    return new LogicalFunctionExpression(call);
                }

                throw new JsonPathException("The function " + call.Name + "() returns a value, which is not a test; compare it.", start);
            }

            throw new JsonPathException("A literal is not a test; compare it.", start);
        }

        /// <summary>A comparable must be a literal, a singular query or a function returning a value.</summary>
        private static void CheckComparable(Comparable comparable, int at)
        {
            switch (comparable)
            {
                case FilterQuery query when !query.IsSingular:
                    throw new JsonPathException("Only a singular query (names and indexes only) can be compared.", at);
                case FunctionCall call when call.ResultType != FunctionType.Value:
                    throw new JsonPathException("The function " + call.Name + "() does not return a value and cannot be compared.", at);
            }
        }

        private Comparable ComparableOrTest(out bool isQuery)
        {
            isQuery = false;
            if (AtEnd)
            {
                throw Error("Expected an operand but the query ends.");
            }

            char c = Current;
            if (c == '@' || c == '$')
            {
                _at++;
                isQuery = true;
                return new FilterQuery(c == '@', Segments());
            }

            if (c is '\'' or '"')
            {
                return new LiteralComparable(JsonValue.Create(StringLiteral()));
            }

            if (c == '-' || c is >= '0' and <= '9')
            {
                return new LiteralComparable(Number());
            }

            if (c is >= 'a' and <= 'z')
            {
                int start = _at;
                while (!AtEnd && (Current is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
                {
                    _at++;
                }

                string name = _text.Substring(start, _at - start);
                if (!AtEnd && Current == '(')
                {
                    return Function(name, start);
                }

                switch (name)
                {
                    case "true": return new LiteralComparable(JsonValue.Create(true));
                    case "false": return new LiteralComparable(JsonValue.Create(false));
                    case "null": return new LiteralComparable(null);
                }

                _at = start;
                throw Error("Unexpected '" + name + "'.");
            }

            throw Error("Unexpected '" + c + "' in an expression.");
        }

        private JsonNode Number()
        {
            int start = _at;
            Eat('-');
            if (AtEnd || Current is < '0' or > '9')
            {
                throw Error("Expected a digit.");
            }

            if (Current == '0')
            {
                _at++;
                if (!AtEnd && Current is >= '0' and <= '9')
                {
                    throw Error("A number has no leading zeros.");
                }
            }
            else
            {
                while (!AtEnd && Current is >= '0' and <= '9')
                {
                    _at++;
                }
            }

            bool integral = true;
            if (Eat('.'))
            {
                integral = false;
                if (AtEnd || Current is < '0' or > '9')
                {
                    throw Error("A fraction needs a digit.");
                }

                while (!AtEnd && Current is >= '0' and <= '9')
                {
                    _at++;
                }
            }

            if (Eat('e') || Eat('E'))
            {
                integral = false;
                if (!Eat('-'))
                {
                    Eat('+');
                }

                if (AtEnd || Current is < '0' or > '9')
                {
                    throw Error("An exponent needs a digit.");
                }

                while (!AtEnd && Current is >= '0' and <= '9')
                {
                    _at++;
                }
            }

            string text = _text.Substring(start, _at - start);
            if (integral && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer))
            {
                return JsonValue.Create(integer);
            }

            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact) && !(exact == 0 && text.IndexOfAny(new[] { '1', '2', '3', '4', '5', '6', '7', '8', '9' }) >= 0))
            {
                return JsonValue.Create(exact);
            }

            double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(d))
            {
                throw new JsonPathException("The number " + text + " is too large.", start, notSupported: true);
            }

            return JsonValue.Create(d);
        }

        private FunctionCall Function(string name, int start)
        {
            Expect('(');
            Enter();
            FunctionType[] parameters;
            FunctionType result;
            switch (name)
            {
                case "length":
                    parameters = new[] { FunctionType.Value };
                    result = FunctionType.Value;
                    break;
                case "count":
                    parameters = new[] { FunctionType.Nodes };
                    result = FunctionType.Value;
                    break;
                case "value":
                    parameters = new[] { FunctionType.Nodes };
                    result = FunctionType.Value;
                    break;
                case "match":
                case "search":
                    parameters = new[] { FunctionType.Value, FunctionType.Value };
                    result = FunctionType.Logical;
                    if (_unsupported is null)
                    {
                        _unsupported = "The function " + name + "() (I-Regexp) is not supported by this JSONPath evaluator.";
                        _unsupportedAt = start;
                    }

                    break;
                default:
                    throw new JsonPathException("'" + name + "' is not a JSONPath function.", start);
            }

            var arguments = new List<Comparable>();
            SkipBlanks();
            if (!AtEnd && Current != ')')
            {
                arguments.Add(Argument(parameters, arguments.Count, name));
                SkipBlanks();
                while (Eat(','))
                {
                    SkipBlanks();
                    arguments.Add(Argument(parameters, arguments.Count, name));
                    SkipBlanks();
                }
            }

            Expect(')');
            _nesting--;
            if (arguments.Count != parameters.Length)
            {
                throw new JsonPathException(string.Format(CultureInfo.InvariantCulture, "The function {0}() takes {1} argument(s), not {2}.", name, parameters.Length, arguments.Count), start);
            }

            return new FunctionCall(name, arguments, result);
        }

        private Comparable Argument(FunctionType[] parameters, int index, string function)
        {
            int start = _at;
            if (index >= parameters.Length)
            {
                throw new JsonPathException("Too many arguments for " + function + "().", start);
            }

            FunctionType expected = parameters[index];
            if (expected == FunctionType.Logical)
            {
                return new LogicalArgument(LogicalOr());
            }

            Comparable argument = ComparableOrTest(out bool isQuery);
            int after = _at;
            SkipBlanks();
            if (!AtEnd && (Current is '=' or '!' or '<' or '>' or '&' or '|'))
            {
                throw new JsonPathException("A logical expression is not a " + (expected == FunctionType.Nodes ? "nodes" : "value") + " argument of " + function + "().", start);
            }

            _at = after;
            if (expected == FunctionType.Nodes)
            {
                if (!isQuery)
                {
                    throw new JsonPathException("The argument of " + function + "() must be a query.", start);
                }

                return argument;
            }

            // A value parameter takes a literal, a singular query or a function returning a value.
            CheckComparable(argument, start);
            return argument;
        }
    }
}
