using System;
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
