#!/usr/bin/env bash
# What a user's edit-build loop costs with our package, next to a plain console and one that references the official
# OpenAI SDK: the measurement issue 15 asks for.
#
# Packs the generator and the runtime into a folder feed, then creates console projects (what `dotnet new console`
# writes) that consume the packages from that feed:
#   plain      nothing referenced
#   sdk        the official OpenAI SDK (OpenAI 2.15.0)
#   default    our package, the bundled spec with its default roots
#   realtime   our package, OpenAIRealtimeRoots=Realtime*
#   sdk-aot    the official SDK with IsAotCompatible=true (trimming and AOT analyzers on)
#   aot        our package, Realtime* with IsAotCompatible=true
#   whole      our package, the newest official spec in ../shared/specs with every schema (bundled spec off)
# For each it prints the generated files, lines and bytes; then it edits Program.cs (so the compiler must run) and times
# `dotnet build --no-restore`, RUNS times per project, round-robin over the projects, first with the compiler server on
# (as users have it), then off (-p:UseSharedCompilation=false: a fresh compiler per build, as in many CI setups). Every
# time, the medians and the ratios to the plain and SDK consoles are printed (aot is compared with sdk-aot).
# The builds run as a user's shell has them: the variables a CI image sets to turn the compiler server and MSBuild's
# node reuse off (UseSharedCompilation=false, MSBUILDDISABLENODEREUSE=1, as this repository's CI machine has) are
# removed, and the server-on builds pass -p:UseSharedCompilation=true so that no setting can turn it off unseen.
#
# Usage: eng/measure-user-build.sh [RUNS] [PROJECTS...]   RUNS defaults to 5; PROJECTS to all of the above.
#   REPO=<checkout> measures the generator and runtime of another checkout (e.g. an older commit) the same way;
#   SERVER=on or SERVER=off measures only with the compiler server on or off (default: both);
#   BEFORE=<checkout> also packs that checkout (as version 0.1.0-before) and accepts the projects default-before,
#   realtime-before, aot-before and whole-before, built from it in the same round-robin: old and new side by side.
set -euo pipefail
# shellcheck source=user-build.sh
. "$(dirname "${BASH_SOURCE[0]}")/user-build.sh"

runs="${1:-5}"
shift || true
projects=("$@")
if [ ${#projects[@]} -eq 0 ]; then projects=(plain sdk default realtime sdk-aot aot whole); fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
repo="$(cd "${REPO:-$here}" && pwd)"
specs="$(cd "$here/.." && pwd)/shared/specs"
whole_spec="$(ls "$specs"/openai-*.yaml | sort | tail -1)"
work="$(mktemp -d "${TMPDIR:-/tmp}/oaigen-user-build.XXXXXX")"
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"
user_build_environment
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

echo "generator and runtime from: $repo ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo "work folder: $work"
echo "whole spec: $whole_spec"
pack_packages "$repo" "$feed"
version="$(ls "$feed" | sed -n 's/^OpenAI\.Realtime\.Gen\.\([0-9][^a-zA-Z]*[0-9]\)\.nupkg$/\1/p' | head -1)"
echo "package version: $version"
if [ -n "${BEFORE:-}" ]; then
  before_repo="$(cd "$BEFORE" && pwd)"
  echo "before: $before_repo ($(git -C "$before_repo" rev-parse --short HEAD 2>/dev/null || echo '?')), packed as 0.1.0-before"
  pack_packages "$before_repo" "$feed" -p:Version=0.1.0-before -p:PackageVersion=0.1.0-before
fi

create() {
  write_console_project "$work/$1" "$1" "$2" "$3"
  write_nuget_config "$work/$1" "$feed"
}

ours="<PackageReference Include=\"OpenAI.Realtime.Gen\" Version=\"$version\" />"
before="<PackageReference Include=\"OpenAI.Realtime.Gen\" Version=\"0.1.0-before\" />"
sdk='<PackageReference Include="OpenAI" Version="2.15.0" />'
for name in "${projects[@]}"; do
  case "$name" in
    plain) create plain "" "" ;;
    sdk) create sdk "" "$sdk" ;;
    default) create default "" "$ours" ;;
    realtime) create realtime "<OpenAIRealtimeRoots>Realtime*</OpenAIRealtimeRoots>" "$ours" ;;
    sdk-aot) create sdk-aot "<IsAotCompatible>true</IsAotCompatible>" "$sdk" ;;
    aot) create aot "<OpenAIRealtimeRoots>Realtime*</OpenAIRealtimeRoots><IsAotCompatible>true</IsAotCompatible>" "$ours" ;;
    whole) create whole "<OpenAIRealtimeIncludeBundledSpec>false</OpenAIRealtimeIncludeBundledSpec>" "$ours<AdditionalFiles Include=\"$whole_spec\" OpenAIRealtimeRoots=\"*\" />" ;;
    default-before) create default-before "" "$before" ;;
    realtime-before) create realtime-before "<OpenAIRealtimeRoots>Realtime*</OpenAIRealtimeRoots>" "$before" ;;
    aot-before) create aot-before "<OpenAIRealtimeRoots>Realtime*</OpenAIRealtimeRoots><IsAotCompatible>true</IsAotCompatible>" "$before" ;;
    whole-before) create whole-before "<OpenAIRealtimeIncludeBundledSpec>false</OpenAIRealtimeIncludeBundledSpec>" "$before<AdditionalFiles Include=\"$whole_spec\" OpenAIRealtimeRoots=\"*\" />" ;;
    *) echo "unknown project: $name" >&2; exit 2 ;;
  esac
done

# First build of each, writing the generated files out to count them (the timed builds do not write them).
echo
echo "generated code (files, lines, bytes):"
for name in "${projects[@]}"; do
  dir="$work/$name"
  # Outside the project folder, or the next builds would compile the written files as sources too.
  dotnet build "$dir" -nologo -v quiet -clp:ErrorsOnly -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated-$name" \
    || { echo "the first build of $name failed" >&2; exit 1; }
  files=$(find "$work/generated-$name" -name '*.g.cs' -path '*OpenAI.Realtime.Gen*' 2>/dev/null || true)
  if [ -n "$files" ]; then
    printf '  %-15s %5d files %8d lines %10d bytes\n' "$name" "$(echo "$files" | wc -l)" "$(cat $files | wc -l)" "$(cat $files | wc -c)"
  else
    printf '  %-15s %5d files\n' "$name" 0
  fi
done

time_build() {
  local name="$1" dir="$work/$1" start end
  shift
  printf '\n// edit %s\n' "$RANDOM$RANDOM" >> "$dir/Program.cs"
  start=$(date +%s%N)
  dotnet build "$dir" --no-restore -nologo -v quiet -clp:ErrorsOnly "$@" >/dev/null || { echo "the build of $name failed" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else printf "-" }'; }

measure() {
  local label="$1"
  shift
  declare -A times=()
  # Warm-up: one edited build of each (compiler server, MSBuild nodes, the generator's driver cache).
  for name in "${projects[@]}"; do time_build "$name" "$@" >/dev/null; done
  for ((i = 0; i < runs; i++)); do
    for name in "${projects[@]}"; do
      times[$name]="${times[$name]:-} $(time_build "$name" "$@")"
    done
  done

  declare -A medians=()
  echo
  echo "edited build, $label, ms (runs: $runs, round-robin)"
  for name in "${projects[@]}"; do
    # shellcheck disable=SC2086
    medians[$name]=$(median ${times[$name]})
  done
  for name in "${projects[@]}"; do
    local base="${medians[sdk]:-0}"
    case "$name" in aot | aot-before) base="${medians[sdk-aot]:-0}" ;; esac
    printf '  %-15s median %7s ms  vs plain %6s  vs SDK%s %6s   times:%s\n' "$name" "${medians[$name]}" \
      "$(ratio "${medians[$name]}" "${medians[plain]:-0}")" "$(case "$name" in aot | aot-before) echo '-aot' ;; *) echo '    ' ;; esac)" \
      "$(ratio "${medians[$name]}" "$base")" "${times[$name]}"
  done
}

server="${SERVER:-both}"
if [ "$server" != off ]; then
  measure "compiler server on" -p:UseSharedCompilation=true
  # The builds above must have gone through the server: say so, or the "server on" figures are not what they claim.
  if pgrep -f 'VBCSCompiler' >/dev/null 2>&1; then
    echo "  (compiler server: running, pid $(pgrep -f 'VBCSCompiler' | head -1))"
  else
    echo "  WARNING: no VBCSCompiler process is running: these builds did not use the compiler server" >&2
  fi
fi
if [ "$server" != on ]; then
  dotnet build-server shutdown >/dev/null 2>&1 || true
  measure "compiler server off (UseSharedCompilation=false)" -p:UseSharedCompilation=false
fi
