using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace OpenAI.Realtime.Gen.Emitting
{
    /// <summary>
    /// A small indenting text writer for generated C#: four-space indentation, <c>\n</c> line endings whatever the
    /// machine, so the output is byte-identical everywhere.
    /// </summary>
    internal sealed class SourceWriter
    {
        // One builder per thread, kept between files: a large file grows it once, not once per file.
        [ThreadStatic]
        private static StringBuilder? t_cachedBuilder;

        private readonly StringBuilder _builder;
        private int _indent;

        public SourceWriter()
        {
            _builder = t_cachedBuilder ?? new StringBuilder(16 * 1024);
            t_cachedBuilder = null;
            _builder.Clear();
        }

        /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
        public SourceWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                _builder.Append(' ', _indent * 4);
                _builder.Append(text);
            }

            _builder.Append('\n');
            return this;
        }

        /// <summary>
        /// Writes one line at the current indentation from an interpolated string, appending its parts straight to the
        /// output instead of first concatenating them into a string (an empty line stays empty).
        /// </summary>
        public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler text)
        {
            _builder.Append('\n');
            return this;
        }

        /// <summary>Writes several lines (split on <c>\n</c>) at the current indentation.</summary>
        public SourceWriter Lines(string text)
        {
            foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
            {
                Line(line);
            }

            return this;
        }

        /// <summary>Writes <c>{</c> and indents.</summary>
        public SourceWriter Open()
        {
            Line("{");
            _indent++;
            return this;
        }

        /// <summary>Unindents and writes <c>}</c> plus an optional suffix (<c>;</c>, <c>,</c>).</summary>
        public SourceWriter Close(string suffix = "")
        {
            if (_indent == 0)
            {
                throw new InvalidOperationException("Unbalanced braces in generated code.");
            }

            _indent--;
            Line("}" + suffix);
            return this;
        }

        /// <summary>Indents for a single statement body without braces.</summary>
        public SourceWriter Indent()
        {
            _indent++;
            return this;
        }

        /// <summary>Undoes <see cref="Indent"/>.</summary>
        public SourceWriter Unindent()
        {
            _indent--;
            return this;
        }

        /// <summary>
        /// Appends the parts of an interpolated string given to <see cref="Line(ref LineHandler)"/> to the writer's
        /// output. The indentation is written before the first non-empty part, so a line with no text stays empty.
        /// Numbers are written with the invariant culture.
        /// </summary>
        [InterpolatedStringHandler]
        internal ref struct LineHandler
        {
            private readonly SourceWriter _writer;
            private bool _indented;

            public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
            {
                _writer = writer;
                _indented = false;
            }

            public void AppendLiteral(string value) => AppendFormatted(value);

            public void AppendFormatted(string? value)
            {
                if (string.IsNullOrEmpty(value))
                {
                    return;
                }

                if (!_indented)
                {
                    _writer._builder.Append(' ', _writer._indent * 4);
                    _indented = true;
                }

                _writer._builder.Append(value);
            }

            public void AppendFormatted(int value) => AppendFormatted(value.ToString(CultureInfo.InvariantCulture));

            public void AppendFormatted<T>(T value) => AppendFormatted(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());
        }

        /// <summary>The text written, and the builder handed back for the next file on this thread.</summary>
        public string ToStringAndRelease()
        {
            string text = _builder.ToString();
            if (_builder.Capacity <= 4 * 1024 * 1024)
            {
                t_cachedBuilder = _builder;
            }

            return text;
        }
    }
}
