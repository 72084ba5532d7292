using System;
using System.Collections.Generic;
using System.Threading;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// The first of two passes over a YAML spec when only some schemas are needed: a scan of its lines, with no YAML
    /// parser, that finds the top-level members, the component schemas, and the schemas each one names (<c>$ref</c>
    /// values and discriminator mappings, and YAML aliases, found as text). The plan it returns is the original lines to
    /// parse: the <c>openapi</c>/<c>swagger</c> and <c>info</c> members, the <c>components:</c> and <c>schemas:</c> key
    /// lines, and the schemas the root patterns reach. Nothing else of the file is parsed, so a syntax error elsewhere
    /// (in <c>paths</c>, say) is not reported: nothing there is read.
    /// <para>
    /// It only works on block-style documents, where a line's indentation says where it belongs. For anything else
    /// (flow-style top levels, tabs in indentation, keys it cannot read plainly, several documents, an alias whose anchor
    /// lies outside the schemas) there is no plan and the whole document is built. References are over-approximated (a
    /// description that quotes a <c>$ref</c> keeps that schema too); the selection after loading is exact.
    /// </para>
    /// </summary>
    internal static class YamlOutline
    {
        private const int LinesBetweenCancellationChecks = 8192;

        /// <summary>The lines of <paramref name="text"/> to parse and the schemas they hold, or null to build the whole document.</summary>
        public static List<LineSlice>? Plan(string text, SchemaDemand demand, out HashSet<string>? plannedSchemas, CancellationToken cancellationToken)
        {
            plannedSchemas = null;
            var scan = new Scan(text);
            if (!scan.Run(cancellationToken))
            {
                return null;
            }

            return scan.Slices(demand, out plannedSchemas);
        }

        private sealed class Scan
        {
            private readonly string _text;
            private readonly List<(string Name, int Start, int Line)> _members = new List<(string, int, int)>();
            private readonly List<(string Name, int Start, int Line, int End)> _schemas = new List<(string, int, int, int)>();
            private readonly Dictionary<string, List<string>> _anchorOwners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            private (int Start, int Line) _componentsKey = (-1, -1);
            private (int Start, int Line) _schemasKey = (-1, -1);

            public Scan(string text) => _text = text;

            /// <summary>Reads the outline; false when the document is not plain block style.</summary>
            public bool Run(CancellationToken cancellationToken)
            {
                string? topKey = null;
                int componentsIndent = -1;
                bool inSchemas = false;
                int schemasIndent = -1;
                bool sawContent = false;
                int lineNumber = -1;
                int position = 0;
                while (position < _text.Length)
                {
                    if ((++lineNumber % LinesBetweenCancellationChecks) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    int lineStart = position;
                    int lineEnd = LineEnd(lineStart);
                    position = NextLineStart(lineEnd);
                    if (lineEnd < 0)
                    {
                        return false;
                    }

                    int content = lineStart;
                    while (content < lineEnd && _text[content] == ' ')
                    {
                        content++;
                    }

                    if (content == lineEnd || _text[content] == '#')
                    {
                        continue;
                    }

                    if (_text[content] == '\t')
                    {
                        // A tab in indentation is an error YAML reports; the full reader reports it where it stands.
                        int rest = content;
                        while (rest < lineEnd && (_text[rest] == '\t' || _text[rest] == ' '))
                        {
                            rest++;
                        }

                        if (rest < lineEnd && _text[rest] != '#')
                        {
                            return false;
                        }

                        continue;
                    }

                    int indent = content - lineStart;
                    if (indent == 0 && (StartsWithMarker(content, "---") || StartsWithMarker(content, "...") || _text[content] == '%'))
                    {
                        // A directive or document marker: only a leading "---" is plain enough.
                        if (sawContent || _text[content] != '-')
                        {
                            return false;
                        }

                        if (SkipSpaces(content + 3, lineEnd) != lineEnd)
                        {
                            return false;
                        }

                        continue;
                    }

                    sawContent = true;
                    bool isSequenceItem = _text[content] == '-' && (content + 1 == lineEnd || _text[content + 1] == ' ');
                    if (indent == 0)
                    {
                        if (isSequenceItem)
                        {
                            if (topKey is null)
                            {
                                return false;
                            }

                            NoteAnchors(lineStart, lineEnd, null);
                            continue;
                        }

                        if (!TryReadKey(content, lineEnd, out string? key, out int afterColon))
                        {
                            return false;
                        }

                        topKey = key;
                        inSchemas = false;
                        EndLastSchema(lineStart);
                        _members.Add((key!, lineStart, lineNumber));
                        if (key == "components")
                        {
                            if (_componentsKey.Start >= 0 || !IsEmptyValue(afterColon, lineEnd))
                            {
                                return false;
                            }

                            _componentsKey = (lineStart, lineNumber);
                            componentsIndent = -1;
                        }
                        else
                        {
                            NoteAnchors(afterColon, lineEnd, null);
                        }

                        continue;
                    }

                    if (topKey != "components")
                    {
                        NoteAnchors(lineStart, lineEnd, null);
                        continue;
                    }

                    if (componentsIndent < 0)
                    {
                        componentsIndent = indent;
                    }

                    if (indent < componentsIndent)
                    {
                        return false;
                    }

                    if (indent == componentsIndent)
                    {
                        if (isSequenceItem)
                        {
                            return false;
                        }

                        if (!TryReadKey(content, lineEnd, out string? member, out int afterColon))
                        {
                            return false;
                        }

                        inSchemas = member == "schemas";
                        if (inSchemas)
                        {
                            if (_schemasKey.Start >= 0 || !IsEmptyValue(afterColon, lineEnd))
                            {
                                return false;
                            }

                            _schemasKey = (lineStart, lineNumber);
                            schemasIndent = -1;
                        }
                        else
                        {
                            EndLastSchema(lineStart);
                            NoteAnchors(afterColon, lineEnd, null);
                        }

                        continue;
                    }

                    if (!inSchemas)
                    {
                        NoteAnchors(lineStart, lineEnd, null);
                        continue;
                    }

                    if (schemasIndent < 0)
                    {
                        schemasIndent = indent;
                    }

                    if (indent < schemasIndent)
                    {
                        return false;
                    }

                    if (indent == schemasIndent)
                    {
                        if (isSequenceItem || !TryReadKey(content, lineEnd, out string? schema, out _))
                        {
                            return false;
                        }

                        EndLastSchema(lineStart);
                        _schemas.Add((schema!, lineStart, lineNumber, -1));
                    }

                    NoteAnchors(lineStart, lineEnd, _schemas[_schemas.Count - 1].Name);
                }

                EndLastSchema(_text.Length);
                return _members.Count > 0;
            }

            /// <summary>The slices to parse, or null when a reached schema needs an anchor outside the schemas.</summary>
            public List<LineSlice>? Slices(SchemaDemand demand, out HashSet<string>? plannedSchemas)
            {
                plannedSchemas = null;
                var references = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                foreach (var (name, start, _, end) in _schemas)
                {
                    if (references.ContainsKey(name))
                    {
                        // A duplicate key: the full reader reports it.
                        return null;
                    }

                    references[name] = References(name, start, end);
                }

                if (references.Count == 0)
                {
                    return null;
                }

                HashSet<string> reached = demand.Select(references);
                foreach (var (name, start, _, end) in _schemas)
                {
                    if (reached.Contains(name) && AliasesOutsideTheSchemas(start, end))
                    {
                        return null;
                    }
                }

                var slices = new List<LineSlice>();
                for (int i = 0; i < _members.Count; i++)
                {
                    var (name, start, line) = _members[i];
                    int end = i + 1 < _members.Count ? _members[i + 1].Start : _text.Length;
                    if (name == "components")
                    {
                        slices.Add(WholeLine(_componentsKey.Start, _componentsKey.Line));
                        if (_schemasKey.Start >= 0)
                        {
                            slices.Add(WholeLine(_schemasKey.Start, _schemasKey.Line));
                            foreach (var (schema, schemaStart, schemaLine, schemaEnd) in _schemas)
                            {
                                if (reached.Contains(schema))
                                {
                                    slices.Add(new LineSlice(schemaStart, schemaEnd - schemaStart, schemaLine));
                                }
                            }
                        }
                    }
                    else if (SchemaSelection.KeepsTopLevel(name))
                    {
                        slices.Add(new LineSlice(start, end - start, line));
                    }
                }

                slices.Sort((a, b) => a.Start.CompareTo(b.Start));
                plannedSchemas = reached;
                return slices;
            }

            private void EndLastSchema(int end)
            {
                if (_schemas.Count > 0 && _schemas[_schemas.Count - 1].End < 0)
                {
                    var last = _schemas[_schemas.Count - 1];
                    _schemas[_schemas.Count - 1] = (last.Name, last.Start, last.Line, end);
                }
            }

            /// <summary>The schemas a schema's text names: <c>$ref</c>s and mapping values, and the owners of the anchors its aliases name.</summary>
            private List<string> References(string schema, int start, int end)
            {
                var result = new List<string>();
                int at = start;
                while ((at = _text.IndexOf(SchemaSelection.SchemaPrefix, at, end - at, StringComparison.Ordinal)) >= 0)
                {
                    int nameStart = at + SchemaSelection.SchemaPrefix.Length;
                    int nameEnd = nameStart;
                    while (nameEnd < end && !EndsReference(_text[nameEnd]))
                    {
                        nameEnd++;
                    }

                    if (SchemaSelection.Target(_text.Substring(at, nameEnd - at)) is string target)
                    {
                        result.Add(target);
                    }

                    at = nameEnd;
                }

                foreach (string alias in AliasNames(start, end))
                {
                    if (_anchorOwners.TryGetValue(alias, out List<string>? owners))
                    {
                        foreach (string owner in owners)
                        {
                            if (owner.Length > 0 && owner != schema)
                            {
                                result.Add(owner);
                            }
                        }
                    }
                }

                return result;
            }

            private bool AliasesOutsideTheSchemas(int start, int end)
            {
                foreach (string alias in AliasNames(start, end))
                {
                    if (_anchorOwners.TryGetValue(alias, out List<string>? owners) && owners.Contains(string.Empty))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Notes the anchors (<c>&amp;name</c>) of a line range, owned by <paramref name="schema"/> (null: outside the schemas).</summary>
            private void NoteAnchors(int start, int end, string? schema)
            {
                int at = start;
                while ((at = _text.IndexOf('&', at, end - at)) >= 0)
                {
                    if (StartsNode(at) && ReadName(at + 1, end) is string anchor)
                    {
                        if (!_anchorOwners.TryGetValue(anchor, out List<string>? owners))
                        {
                            _anchorOwners[anchor] = owners = new List<string>(1);
                        }

                        string owner = schema ?? string.Empty;
                        if (!owners.Contains(owner))
                        {
                            owners.Add(owner);
                        }
                    }

                    at++;
                }
            }

            private IEnumerable<string> AliasNames(int start, int end)
            {
                int at = start;
                while (at < end && (at = _text.IndexOf('*', at, end - at)) >= 0)
                {
                    if (StartsNode(at) && ReadName(at + 1, end) is string alias)
                    {
                        yield return alias;
                    }

                    at++;
                }
            }

            /// <summary>Whether the char at <paramref name="at"/> can start a node (an anchor or alias indicator stands there).</summary>
            private bool StartsNode(int at) => at == 0 || _text[at - 1] is ' ' or '[' or '{' or ',' or '\n' or '\r';

            private string? ReadName(int start, int end)
            {
                int nameEnd = start;
                while (nameEnd < end && _text[nameEnd] is not (' ' or ',' or '[' or ']' or '{' or '}' or '\t'))
                {
                    nameEnd++;
                }

                return nameEnd > start ? _text.Substring(start, nameEnd - start) : null;
            }

            /// <summary>
            /// Reads a mapping key at <paramref name="start"/>: a plain scalar up to <c>": "</c> (or a colon ending the line)
            /// or a single- or double-quoted one without escapes. False for anything else (complex keys, anchors, tags).
            /// </summary>
            private bool TryReadKey(int start, int end, out string? key, out int afterColon)
            {
                key = null;
                afterColon = -1;
                char first = _text[start];
                int colon;
                if (first is '\'' or '"')
                {
                    int close = _text.IndexOf(first, start + 1, end - start - 1);
                    if (close < 0 || (first == '"' && _text.IndexOf('\\', start + 1, close - start - 1) >= 0)
                        || (first == '\'' && close + 1 < end && _text[close + 1] == '\''))
                    {
                        return false;
                    }

                    key = _text.Substring(start + 1, close - start - 1);
                    colon = SkipSpaces(close + 1, end);
                    if (colon >= end || _text[colon] != ':' || !(colon + 1 == end || _text[colon + 1] == ' '))
                    {
                        return false;
                    }
                }
                else
                {
                    if ("-?:,[]{}#&*!|>%@`".IndexOf(first) >= 0)
                    {
                        return false;
                    }

                    colon = start;
                    while (true)
                    {
                        colon = _text.IndexOf(':', colon, end - colon);
                        if (colon < 0)
                        {
                            return false;
                        }

                        if (colon + 1 == end || _text[colon + 1] == ' ')
                        {
                            break;
                        }

                        colon++;
                    }

                    int keyEnd = colon;
                    while (keyEnd > start && _text[keyEnd - 1] == ' ')
                    {
                        keyEnd--;
                    }

                    key = _text.Substring(start, keyEnd - start);
                    if (key.IndexOf(" #", StringComparison.Ordinal) >= 0)
                    {
                        return false;
                    }
                }

                afterColon = colon + 1;
                return true;
            }

            private bool IsEmptyValue(int start, int end)
            {
                int at = SkipSpaces(start, end);
                return at == end || _text[at] == '#';
            }

            private int SkipSpaces(int start, int end)
            {
                while (start < end && _text[start] == ' ')
                {
                    start++;
                }

                return start;
            }

            private bool StartsWithMarker(int at, string marker)
                => string.CompareOrdinal(_text, at, marker, 0, marker.Length) == 0
                   && (at + marker.Length == _text.Length || _text[at + marker.Length] is ' ' or '\n' or '\r');

            /// <summary>The end of the line starting at <paramref name="start"/> (its break excluded); -1 for a break YAML 1.1 knows and this scan does not.</summary>
            private int LineEnd(int start)
            {
                for (int i = start; i < _text.Length; i++)
                {
                    char c = _text[i];
                    if (c == '\n' || c == '\r')
                    {
                        return i;
                    }

                    if (c is '\u0085' or '\u2028' or '\u2029')
                    {
                        return -1;
                    }
                }

                return _text.Length;
            }

            private int NextLineStart(int lineEnd)
            {
                if (lineEnd < 0 || lineEnd >= _text.Length)
                {
                    return _text.Length;
                }

                return _text[lineEnd] == '\r' && lineEnd + 1 < _text.Length && _text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
            }

            /// <summary>The line starting at <paramref name="start"/>, its line break included.</summary>
            private LineSlice WholeLine(int start, int line) => new LineSlice(start, NextLineStart(LineEnd(start)) - start, line);

            private static bool EndsReference(char c) => c is '\'' or '"' or ' ' or ',' or '}' or ']' or '\n' or '\r' or '\t' or '#';
        }
    }

    /// <summary>A run of whole lines of a text: start offset, length, and the 0-based line it starts on.</summary>
    internal readonly record struct LineSlice(int Start, int Length, int Line);
}
