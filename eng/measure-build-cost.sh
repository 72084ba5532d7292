#!/usr/bin/env bash
# What the generator adds to a user's incremental build, measured as a user sees it.
#
# Packs the generator and the runtime into a local feed, then builds two copies of samples/OpenAI.Realtime.PackageSample
# (two specs: the bundled Realtime spec with every Realtime* schema, and the app's own weather spec):
#   with     the project as written: the OpenAI.Realtime.Gen analyzer package generates the models in the compiler;
#   without  the same project with only the runtime package, compiling the very files the generator emitted as plain
#            sources (copied from the first build), so both compile the same code and differ only by the generator.
# After a first build and a warm-up of each, it edits Program.cs (a new comment, so the compiler must run) and times
# `dotnet build --no-restore`, alternating the two copies, RUNS times each; it prints every time and the medians.
#
# Usage: eng/measure-build-cost.sh [RUNS] [MSBuild arguments...]
#   RUNS defaults to 9; the MSBuild arguments go to every build, e.g. -p:IsAotCompatible=false to measure without the
#   trimming and AOT analyzers the sample turns on. The compiler server and MSBuild node reuse stay on, as for users
#   (the variables CI images set to turn them off are removed: see eng/user-build.sh).
set -euo pipefail
# shellcheck source=user-build.sh
. "$(dirname "${BASH_SOURCE[0]}")/user-build.sh"

runs="${1:-9}"
shift || true
extra=("$@")
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/oaigen-build-cost.XXXXXX")"
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"
user_build_environment
trap 'dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

echo "work folder: $work"
pack_packages "$repo" "$feed"

copy_sample() {
  mkdir -p "$1"
  (cd "$repo/samples/OpenAI.Realtime.PackageSample" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$1" && tar -xf -)
  write_nuget_config "$1" "$feed"
}

with="$work/with"
without="$work/without"
copy_sample "$with"
copy_sample "$without"

# First build of the generator copy, keeping what the generator emitted.
dotnet build "$with" -nologo -v quiet "${extra[@]}" -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/emitted" >/dev/null
generated_count=$(find "$work/emitted" -name '*.cs' | wc -l)
mkdir -p "$without/Generated"
find "$work/emitted" -name '*.cs' | while read -r file; do
  # Files of the two specs may share a name; keep them apart by their generator output folder.
  relative="${file#"$work/emitted/"}"
  target="$without/Generated/${relative//\//_}"
  cp "$file" "$target"
done

# The copy without the generator: runtime package only, the weather spec no longer an input.
sed -i \
  -e 's|<PackageReference Include="OpenAI.Realtime.Gen" |<PackageReference Include="OpenAI.Realtime.Gen.Runtime" |' \
  -e 's|<AdditionalFiles Include="specs/weather.yaml"[^>]*/>||' \
  "$without/OpenAI.Realtime.PackageSample.csproj"

dotnet build "$without" -nologo -v quiet "${extra[@]}" >/dev/null
echo "generated files compiled as sources: $generated_count"

time_build() {
  local project="$1" start end
  printf '\n// edit %s\n' "$RANDOM$RANDOM" >> "$project/Program.cs"
  start=$(date +%s%N)
  dotnet build "$project" --no-restore -nologo -v quiet "${extra[@]}" >/dev/null
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

# Warm-up: one edited build of each (compiler server, MSBuild nodes, the generator's driver cache).
time_build "$with" >/dev/null
time_build "$without" >/dev/null

with_times=()
without_times=()
for ((i = 0; i < runs; i++)); do
  with_times+=("$(time_build "$with")")
  without_times+=("$(time_build "$without")")
done

with_median=$(median "${with_times[@]}")
without_median=$(median "${without_times[@]}")

echo "incremental build after an edit to Program.cs, ms (runs: $runs; arguments: ${extra[*]:-none})"
echo "  with the generator:    ${with_times[*]}"
echo "  without the generator: ${without_times[*]}"
echo "median with: $with_median ms, without: $without_median ms, added: $(( with_median - without_median )) ms ($(awk -v a="$with_median" -v b="$without_median" 'BEGIN { printf "%.2f", a / b }')x)"
