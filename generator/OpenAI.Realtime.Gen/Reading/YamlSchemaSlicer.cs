using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenAI.Realtime.Gen.Reading
{
    /// <summary>
    /// The first of two passes over a YAML spec when only some schemas are needed. It streams the parser's events (keeping
    /// none of them) and notes, for the top-level members and each component schema, the lines they span and the schemas
    /// they name (<c>$ref</c>s, discriminator mappings, YAML aliases). The plan it returns is the original lines to parse
    /// again, in order: the <c>openapi</c>/<c>swagger</c> and <c>info</c> members, the <c>components:</c> and
    /// <c>schemas:</c> key lines, and the schemas the root patterns reach. Most of a 3 MB official spec (operations,
    /// examples, the schemas a Realtime model does not use) is parsed once and never built. Only block-style documents
    /// can be cut into lines: for any other shape, a complex (non-scalar) key, or an alias that names an anchor outside the schemas, there is no plan
    /// and the whole document is built.
    /// </summary>
    internal static class YamlSchemaSlicer
    {
        private const int EventsBetweenCancellationChecks = 4096;

        /// <summary>
        /// The lines of <paramref name="text"/> to parse, or null to build the whole document. Syntax errors escape as
        /// <see cref="YamlException"/> (the caller repairs or reports them); <paramref name="limitProblem"/> receives a
        /// depth-limit problem, which ends reading.
        /// </summary>
        public static List<LineSlice>? Plan(string text, IReadOnlyCollection<string> rootPatterns, SpecTextLimits limits, Func<Mark, Mark, SourceSpan> span, out SpecTextProblem? limitProblem, CancellationToken cancellationToken)
        {
            limitProblem = null;
            var parser = new Parser(new StringReader(text));
            var scan = new Scan(text);
            int events = 0;
            while (parser.MoveNext())
            {
                if (++events % EventsBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ParsingEvent current = parser.Current!;
                if (current is MappingStart or SequenceStart && scan.Depth + 1 > limits.MaxDepth)
                {
                    limitProblem = new SpecTextProblem(
                        SpecProblemKind.LimitExceeded,
                        string.Format(CultureInfo.InvariantCulture, "Nesting is deeper than the limit of {0} levels.", limits.MaxDepth),
                        span(current.Start, current.End));
                    return null;
                }

                scan.On(current);
            }

            return scan.Slices(rootPatterns);
        }

        /// <summary>What the first pass keeps: line starts, names, references. Never an event.</summary>
        private sealed class Scan
        {
            private readonly string _text;
            private readonly List<Frame> _frames = new();
            private readonly List<(string Name, int Start, int Line)> _members = new();
            private readonly List<(string Name, int Start, int Line)> _schemas = new();
            private readonly Dictionary<string, List<string>> _references = new(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _anchorOwners = new(StringComparer.Ordinal);
            private readonly List<(string Schema, string Anchor)> _aliases = new();
            private (int Start, int Line) _componentsKey = (-1, -1);
            private (int Start, int Line) _schemasKey = (-1, -1);
            private int _schemasEnd = -1;
            private bool _sliceable = true;
            private int _documents;

            public Scan(string text) => _text = text;

            public int Depth => _frames.Count;

            /// <summary>The schema whose value is being read, or null.</summary>
            private string? CurrentSchema => _frames.Count >= 4 && IsSchemasMapping(2) ? _frames[2].Key : null;

            public void On(ParsingEvent current)
            {
                switch (current)
                {
                    case DocumentStart:
                        _sliceable &= ++_documents == 1;
                        break;
                    case Scalar scalar:
                        OnScalar(scalar);
                        break;
                    case AnchorAlias alias:
                        OnAlias(alias);
                        break;
                    case MappingStart mapping:
                        OnOpen(mapping, true, mapping.Style == MappingStyle.Flow);
                        break;
                    case SequenceStart sequence:
                        OnOpen(sequence, false, sequence.Style == SequenceStyle.Flow);
                        break;
                    case MappingEnd or SequenceEnd:
                        OnClose(current);
                        break;
                }
            }

            public List<LineSlice>? Slices(IReadOnlyCollection<string> rootPatterns)
            {
                if (!_sliceable || _members.Count == 0)
                {
                    return null;
                }

                // An alias stands for its anchored node: it needs the schema that defines the anchor, like a $ref.
                foreach (var (schema, anchor) in _aliases)
                {
                    if (_anchorOwners.TryGetValue(anchor, out string? owner))
                    {
                        _references[schema].Add(owner);
                    }
                }

                HashSet<string> reached = SchemaSelection.Reached(_references, rootPatterns);
                foreach (var (schema, anchor) in _aliases)
                {
                    if (reached.Contains(schema) && !_anchorOwners.ContainsKey(anchor))
                    {
                        // The anchor lies outside the schemas, in a part that is not kept.
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
                        if (_componentsKey.Start >= 0)
                        {
                            slices.Add(WholeLine(_componentsKey.Start, _componentsKey.Line));
                        }

                        if (_schemasKey.Start >= 0)
                        {
                            slices.Add(WholeLine(_schemasKey.Start, _schemasKey.Line));
                            for (int s = 0; s < _schemas.Count; s++)
                            {
                                if (reached.Contains(_schemas[s].Name))
                                {
                                    int schemaEnd = s + 1 < _schemas.Count ? _schemas[s + 1].Start : _schemasEnd;
                                    slices.Add(new LineSlice(_schemas[s].Start, schemaEnd - _schemas[s].Start, _schemas[s].Line));
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
                return slices;
            }

            private void OnScalar(Scalar scalar)
            {
                if (_frames.Count == 0)
                {
                    return;
                }

                Frame top = _frames[_frames.Count - 1];
                if (top.IsMapping && top.ExpectsKey)
                {
                    top.Key = scalar.Value;
                    top.ExpectsKey = false;
                    OnKey(scalar);
                }
                else
                {
                    if (top.IsMapping)
                    {
                        top.ExpectsKey = true;
                        if (CurrentSchema is string schema && (top.Key == "$ref" || top.UnderKey == "mapping") && SchemaSelection.Target(scalar.Value) is string target)
                        {
                            _references[schema].Add(target);
                        }
                    }

                    NoteAnchor(scalar);
                }
            }

            private void OnKey(Scalar key)
            {
                int lineStart = LineStart(key.Start);
                int line = (int)key.Start.Line - 1;
                switch (_frames.Count)
                {
                    case 1:
                        _members.Add((key.Value, lineStart, line));
                        if (key.Value == "components")
                        {
                            _componentsKey = (lineStart, line);
                        }

                        break;
                    case 2 when _frames[0].Key == "components" && key.Value == "schemas":
                        _schemasKey = (lineStart, line);
                        break;
                    case 3 when IsSchemasMapping(2):
                        _schemas.Add((key.Value, lineStart, line));
                        _references[key.Value] = new List<string>();
                        break;
                }
            }

            private void OnAlias(AnchorAlias alias)
            {
                if (CurrentSchema is string schema)
                {
                    _aliases.Add((schema, alias.Value.Value));
                }
                else if (_frames.Count >= 2 && _frames[0].Key is string member && SchemaSelection.KeepsTopLevel(member) && member != "components")
                {
                    // An alias in a kept top-level member may name an anchor in a skipped one.
                    _sliceable = false;
                }

                CompleteValue();
            }

            private void OnOpen(NodeEvent start, bool isMapping, bool isFlow)
            {
                Frame? parent = _frames.Count > 0 ? _frames[_frames.Count - 1] : null;

                // The mappings that are cut into lines (the document, its components, the schemas) must be block style.
                bool cut = _frames.Count == 0
                    || (_frames.Count == 1 && parent!.Key == "components")
                    || (_frames.Count == 2 && _frames[0].Key == "components" && parent!.Key == "schemas");
                if (cut && (isFlow || !isMapping))
                {
                    _sliceable = false;
                }

                if (parent is { IsMapping: true, ExpectsKey: true })
                {
                    // A complex (mapping or sequence) key: the full reader reports it where it stands.
                    _sliceable = false;
                }

                NoteAnchor(start);
                _frames.Add(new Frame(isMapping, parent is { IsMapping: true } ? parent.Key : null));
            }

            private void OnClose(ParsingEvent end)
            {
                if (_frames.Count == 3 && IsSchemasMapping(2))
                {
                    // A block mapping ends where the next token starts; its last schema ends at that line.
                    _schemasEnd = end.Start.Index >= _text.Length ? _text.Length : LineStart(end.Start);
                }

                _frames.RemoveAt(_frames.Count - 1);
                CompleteValue();
            }

            private void CompleteValue()
            {
                if (_frames.Count > 0 && _frames[_frames.Count - 1].IsMapping)
                {
                    _frames[_frames.Count - 1].ExpectsKey = true;
                }
            }

            private void NoteAnchor(NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                {
                    string? schema = CurrentSchema ?? (_frames.Count == 3 && IsSchemasMapping(2) ? _frames[2].Key : null);
                    if (schema is not null)
                    {
                        _anchorOwners[node.Anchor.Value] = schema;
                    }
                }
            }

            /// <summary>Whether frame <paramref name="index"/> is the mapping of the component schemas.</summary>
            private bool IsSchemasMapping(int index)
                => index == 2 && _frames.Count > 2 && _frames[0].Key == "components" && _frames[1].Key == "schemas" && _frames[2].IsMapping;

            private int LineStart(Mark mark) => (int)(mark.Index - (mark.Column - 1));

            /// <summary>The line starting at <paramref name="start"/>, its line break included.</summary>
            private LineSlice WholeLine(int start, int line)
            {
                int end = start;
                while (end < _text.Length && !YamlSourceText.IsBreak(_text[end]))
                {
                    end++;
                }

                if (end < _text.Length)
                {
                    end += _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? 2 : 1;
                }

                return new LineSlice(start, end - start, line);
            }
        }

        /// <summary>An open container of the first pass; <see cref="UnderKey"/> is the key it is the value of.</summary>
        private sealed class Frame
        {
            public Frame(bool isMapping, string? underKey)
            {
                IsMapping = isMapping;
                UnderKey = underKey;
                ExpectsKey = isMapping;
            }

            public bool IsMapping { get; }

            public string? UnderKey { get; }

            public bool ExpectsKey { get; set; }

            public string? Key { get; set; }
        }
    }

    /// <summary>A run of whole lines of a text: start offset, length, and the 0-based line it starts on.</summary>
    internal readonly record struct LineSlice(int Start, int Length, int Line);
}
