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
    /// <remarks>
    /// The reserved names are a set shared by every scope of a kind (a type's generated members, say) and never copied:
    /// a scope is made for every object, enum and union of a spec, most of which claim only a few names.
    /// </remarks>
    internal sealed class NameScope
    {
        private readonly Reserved _reserved;
        private readonly HashSet<string> _claimed;

        /// <summary>A scope where the <paramref name="reserved"/> names and <paramref name="owner"/> (the enclosing type's name) are taken.</summary>
        public NameScope(Reserved reserved, string? owner = null)
        {
            _reserved = reserved;
            _claimed = new HashSet<string>(reserved.Comparer);
            if (owner is not null)
            {
                _claimed.Add(owner);
            }
        }

        /// <summary>Claims <paramref name="wanted"/> or, when taken, the first free <c>wanted + n</c> (n from 2).</summary>
        public string Claim(string wanted)
        {
            if (TryClaim(wanted))
            {
                return wanted;
            }

            for (int n = 2; ; n++)
            {
                string candidate = wanted + n.ToString(CultureInfo.InvariantCulture);
                if (TryClaim(candidate))
                {
                    return candidate;
                }
            }
        }

        private bool TryClaim(string name)
            => !_reserved.Names.Contains(name) && _claimed.Add(name);

        /// <summary>Names no scope of a kind may hand out, and how that kind compares names.</summary>
        internal sealed class Reserved
        {
            public Reserved(IEnumerable<string> names, bool ignoreCase = false)
            {
                Comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                Names = new HashSet<string>(names, Comparer);
            }

            public StringComparer Comparer { get; }

            public HashSet<string> Names { get; }
        }
    }
}
