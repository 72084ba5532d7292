using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;
using OpenAI.Realtime.Gen.Model;

namespace OpenAI.Realtime.Gen.Modeling
{
    /// <summary>
    /// Finds how the object cases of a union are told apart: by the <c>discriminator</c> the spec declares, or else by a
    /// member every case pins to constant values (<c>const</c> or a one-value <c>enum</c>, preferring <c>type</c>). When one
    /// value selects several cases (the Realtime message items all have <c>type: message</c>), a second member that
    /// separates them is added (<c>role</c>).
    /// </summary>
    internal static class DiscriminatorAnalysis
    {
        /// <summary>How the cases are told apart.</summary>
        internal sealed class Result
        {
            private readonly Dictionary<ObjectMembers, List<CaseMatch>> _matches;
            private readonly Dictionary<ObjectMembers, string> _firstValues;

            public Result(List<string> propertyNames, Dictionary<ObjectMembers, List<CaseMatch>> matches, Dictionary<ObjectMembers, string> firstValues, List<string> ambiguities)
            {
                PropertyNames = propertyNames;
                _matches = matches;
                _firstValues = firstValues;
                Ambiguities = ambiguities;
            }

            public List<string> PropertyNames { get; }

            public List<string> Ambiguities { get; }

            public bool CoversAll(int caseCount) => _matches.Count == caseCount && _matches.Values.All(m => m.Count > 0);

            public EquatableArray<CaseMatch> MatchesFor(ObjectMembers members)
                => _matches.TryGetValue(members, out List<CaseMatch>? matches) ? matches.ToEquatableArray() : EquatableArray<CaseMatch>.Empty;

            public string? FirstValueOf(ObjectMembers members) => _firstValues.TryGetValue(members, out string? value) ? value : null;
        }

        public static Result? Analyze(List<ObjectMembers> cases, OpenApiDiscriminator? declared, IDictionary<string, IOpenApiSchema> components)
        {
            if (cases.Count == 0)
            {
                return null;
            }

            string? primary = declared?.PropertyName;
            Dictionary<ObjectMembers, List<string>>? primaryValues = primary is null ? null : ValuesFor(cases, primary, declared);
            if (primaryValues is null)
            {
                primary = null;
                foreach (string candidate in Candidates(cases))
                {
                    primaryValues = ValuesFor(cases, candidate, null);
                    if (primaryValues is not null)
                    {
                        primary = candidate;
                        break;
                    }
                }
            }

            if (primary is null || primaryValues is null)
            {
                return null;
            }

            var propertyNames = new List<string> { primary };
            var ambiguities = new List<string>();
            var matches = new Dictionary<ObjectMembers, List<CaseMatch>>();
            var firstValues = new Dictionary<ObjectMembers, string>();

            // Group the cases that share a value of the primary discriminator.
            var byValue = new Dictionary<string, List<ObjectMembers>>(StringComparer.Ordinal);
            foreach (ObjectMembers c in cases)
            {
                firstValues[c] = primaryValues[c][0];
                foreach (string value in primaryValues[c])
                {
                    if (!byValue.TryGetValue(value, out List<ObjectMembers>? group))
                    {
                        byValue[value] = group = new List<ObjectMembers>();
                    }

                    if (!group.Contains(c))
                    {
                        group.Add(c);
                    }
                }
            }

            List<List<ObjectMembers>> conflicts = byValue.Values.Where(g => g.Count > 1).ToList();
            string? secondary = null;
            Dictionary<ObjectMembers, List<string>>? secondaryValues = null;
            if (conflicts.Count > 0)
            {
                List<ObjectMembers> conflicting = conflicts.SelectMany(g => g).Distinct().ToList();
                foreach (string candidate in Candidates(conflicting))
                {
                    if (candidate == primary)
                    {
                        continue;
                    }

                    Dictionary<ObjectMembers, List<string>>? values = ValuesFor(conflicting, candidate, null);
                    if (values is not null && conflicts.All(g => Disjoint(g, values)))
                    {
                        secondary = candidate;
                        secondaryValues = values;
                        break;
                    }
                }

                if (secondary is null)
                {
                    ambiguities.Add("several cases have the same '" + primary + "' value and no other constant member separates them; the first listed case is used");
                }
                else
                {
                    propertyNames.Add(secondary);
                }
            }

            foreach (ObjectMembers c in cases)
            {
                var list = new List<CaseMatch>();
                bool conflicted = secondaryValues is not null && secondaryValues.ContainsKey(c);
                foreach (string value in primaryValues[c])
                {
                    if (conflicted)
                    {
                        foreach (string second in secondaryValues![c])
                        {
                            list.Add(new CaseMatch(new[] { value, second }.ToEquatableArray()));
                        }
                    }
                    else
                    {
                        list.Add(new CaseMatch((secondary is null ? new[] { value } : new[] { value, null! }).ToEquatableArray()));
                    }
                }

                matches[c] = list;
            }

            return new Result(propertyNames, matches, firstValues, ambiguities);
        }

        private static bool Disjoint(List<ObjectMembers> group, Dictionary<ObjectMembers, List<string>> values)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (ObjectMembers member in group)
            {
                foreach (string value in values[member])
                {
                    if (!seen.Add(value))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Members every case has, <c>type</c> first, then in the first case's order.</summary>
        private static IEnumerable<string> Candidates(List<ObjectMembers> cases)
        {
            var names = cases[0].Properties.Select(p => p.JsonName).ToList();
            names = names.Where(n => cases.All(c => c.TryGet(n, out _))).ToList();
            if (names.Remove("type"))
            {
                names.Insert(0, "type");
            }

            return names;
        }

        private static Dictionary<ObjectMembers, List<string>>? ValuesFor(List<ObjectMembers> cases, string property, OpenApiDiscriminator? declared)
        {
            var result = new Dictionary<ObjectMembers, List<string>>();
            foreach (ObjectMembers c in cases)
            {
                var values = new List<string>();
                if (declared?.Mapping is { Count: > 0 } mapping && c.ComponentId is string id)
                {
                    foreach (KeyValuePair<string, OpenApiSchemaReference> entry in mapping)
                    {
                        if (entry.Value?.Reference?.Id == id)
                        {
                            values.Add(entry.Key);
                        }
                    }
                }

                if (values.Count == 0 && c.TryGet(property, out IOpenApiSchema? member))
                {
                    values = SchemaFacts.DiscriminatorValues(member) ?? values;
                }

                if (values.Count == 0)
                {
                    return null;
                }

                result[c] = values;
            }

            return result;
        }
    }
}
