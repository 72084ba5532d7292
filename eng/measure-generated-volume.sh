#!/usr/bin/env bash
# How much code the generator emits, per configuration a user would pick: files, lines and bytes.
#
# Builds a class library per configuration with the generator and runtime from source (eng/UseGeneratorFromSource.targets)
# and EmitCompilerGeneratedFiles on, then counts what the generator wrote:
#   default     the bundled spec with the default roots;
#   Realtime*   the bundled spec with every Realtime* schema;
#   *           the newest official spec in ../shared/specs/ with every schema (only its own namespace is counted).
#
# Usage: eng/measure-generated-volume.sh [REPO] [CONFIGURATION]   (REPO defaults to this script's repository; pass
# another checkout to measure the generator of another commit the same way; CONFIGURATION, e.g. default, measures only
# that one).
set -euo pipefail

repo="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)"
specs="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared/specs"
whole="$(ls "$specs"/openai-*.yaml | sort | tail -1)"
work="$(mktemp -d "${TMPDIR:-/tmp}/oaigen-volume.XXXXXX")"
echo "generator from: $repo"
echo "whole spec: $whole"

only="${2:-}"

measure() {
  if [ -n "$only" ] && [ "$only" != "$1" ]; then return; fi
  local name="$1" properties="$2" items="$3" namespace="$4" dir="$work/${1//\*/all}"
  mkdir -p "$dir"
  cat > "$dir/Volume.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <RepoRoot>$repo/</RepoRoot>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
    $properties
  </PropertyGroup>
  <ItemGroup>$items</ItemGroup>
  <Import Project="$repo/eng/UseGeneratorFromSource.targets" />
</Project>
XML
  dotnet build "$dir" -nologo -v quiet -clp:ErrorsOnly >/dev/null
  local files
  files=$(find "$dir/generated" -name "$namespace.*.g.cs")
  printf '%-10s %5d files %8d lines %10d bytes\n' "$name" "$(echo "$files" | wc -l)" "$(cat $files | wc -l)" "$(cat $files | wc -c)"
}

measure default "" "" OpenAI.Realtime
measure 'Realtime*' "<OpenAIRealtimeRoots>Realtime*</OpenAIRealtimeRoots>" "" OpenAI.Realtime
measure '*' "" "<AdditionalFiles Include=\"$whole\" OpenAIRealtimeRoots=\"*\" OpenAIRealtimeNamespace=\"Whole.Spec\" />" Whole.Spec
