using System;
using System.Collections.Generic;
using System.Globalization;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Hands out names that are unique within a scope (a namespace for types, a type for members). Type names are compared
    /// ignoring case, because generated file names must also be unique on case-insensitive file systems; member names are
    /// compared as C# does, exactly. The first claim
    /// of a name wins; later claims get a numeric suffix (<c>Name2</c>, <c>Name3</c>, ...), so the outcome depends only on
    /// the (deterministic) order of claims.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _taken;

        public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
        {
            _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            if (reserved is not null)
            {
                foreach (string name in reserved)
                {
                    _taken.Add(name);
                }
            }
        }

        /// <summary>Whether <paramref name="name"/> is taken.</summary>
        public bool IsTaken(string name) => _taken.Contains(name);

        /// <summary>Claims <paramref name="wanted"/> or, when taken, the first free <c>wanted + n</c> (n from 2).</summary>
        public string Claim(string wanted)
        {
            if (_taken.Add(wanted))
            {
                return wanted;
            }

            for (int n = 2; ; n++)
            {
                string candidate = wanted + n.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }

        /// <summary>Marks <paramref name="name"/> as taken.</summary>
        public void Reserve(string name) => _taken.Add(name);
    }
}
