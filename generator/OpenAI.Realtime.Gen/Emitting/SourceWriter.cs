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
        private readonly StringBuilder _builder = new StringBuilder(8 * 1024);
        private int _indent;

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

        public override string ToString() => _builder.ToString();
    }
}
