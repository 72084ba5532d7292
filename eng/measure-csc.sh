#!/usr/bin/env bash
# What folders of generated files cost the compiler in an edited build, measured the way the build runs it: through the
# compiler server (VBCSCompiler), with the command line the SDK gives a `dotnet new console` project (Debug, the SDK's
# default analyzers, PDB, reference assembly), the generated files added as plain sources and the runtime referenced.
# Round-robin over the folders after five warm-up rounds (a fresh server JITs the compiler as it goes), medians. A folder with one empty class gives the console's own cost.
#
# Usage: eng/measure-csc.sh ROUNDS FOLDER...   (e.g. folders written by variants.py, or CompilerGeneratedFilesOutputPath)
# eng/CompileCost times the compiler's phases in-process; this script times what csc takes as a build runs it.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/user-build.sh"

rounds="$1"
shift
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/oaigen-csc.XXXXXX")"
user_build_environment
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

dotnet build "$repo/runtime/OpenAI.Realtime.Gen.Runtime" -c Release -f net10.0 -nologo -v quiet -clp:ErrorsOnly >/dev/null
runtime="$repo/runtime/OpenAI.Realtime.Gen.Runtime/bin/Release/net10.0/OpenAI.Realtime.Gen.Runtime.dll"

write_console_project "$work/console" console
dotnet build "$work/console" -nologo -v normal -p:UseSharedCompilation=true > "$work/build.log"
command_line="$(grep -m1 -E '^ +[^ ]+/csc( |\.dll )' "$work/build.log" | sed -E 's#^ +[^ ]+/csc(\.dll)? ##')"
csc="$(dirname "$(grep -m1 -oE '/[^ ]+/Roslyn/bincore/csc' "$work/build.log")")/csc.dll"
[ -f "$csc" ] || { echo "no csc command line in the console's build log" >&2; exit 1; }

declare -A times=()
for folder in "$@"; do
  name="$(basename "$folder")"
  { echo "$command_line" | sed -e "s#/out:obj#/out:$work/out-$name#" -e "s#/refout:obj#/refout:$work/out-$name#"
    echo "/reference:$runtime"
    find "$(cd "$folder" && pwd)" -name '*.cs' | sed 's/.*/"&"/'; } > "$work/$name.rsp"
  mkdir -p "$work/out-$name/Debug/net10.0/refint"
done

for ((round = -4; round <= rounds; round++)); do
  for folder in "$@"; do
    name="$(basename "$folder")"
    start=$(date +%s%N)
    (cd "$work/console" && dotnet "$csc" -shared -nologo "@$work/$name.rsp" > "$work/$name.out" 2>&1) \
      || { grep -m5 'error' "$work/$name.out" >&2; exit 1; }
    end=$(date +%s%N)
    if [ "$round" -gt 0 ]; then times[$name]="${times[$name]:-} $(( (end - start) / 1000000 ))"; fi
  done
done

for folder in "$@"; do
  name="$(basename "$folder")"
  printf '%-30s median %6s ms   times:%s\n' "$name" "$(median ${times[$name]})" "${times[$name]}"
done
