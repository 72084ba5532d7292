# Shared by the scripts that build consumer projects from the packed packages, as a user would
# (measure-build-cost.sh, measure-user-build.sh). Source it; it defines functions only.

# Builds as a user's shell has them: CI images (this repository's among them) set UseSharedCompilation=false, which
# MSBuild takes as a property and so turns the compiler server off for every build, and MSBUILDDISABLENODEREUSE=1.
user_build_environment() {
  unset UseSharedCompilation MSBUILDDISABLENODEREUSE
}

# pack_packages REPO FEED [dotnet pack arguments...]: packs the runtime and the generator of a checkout into a folder feed.
pack_packages() {
  local repo="$1" feed="$2" project
  shift 2
  for project in runtime/OpenAI.Realtime.Gen.Runtime/OpenAI.Realtime.Gen.Runtime.csproj generator/OpenAI.Realtime.Gen/OpenAI.Realtime.Gen.csproj; do
    dotnet pack "$repo/$project" -c Release -o "$feed" -v quiet -nologo "$@" >/dev/null
  done
}

# write_nuget_config DIR FEED: a nuget.config in DIR that takes packages from FEED first, then nuget.org.
write_nuget_config() {
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$2" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
}

# write_console_project DIR NAME [PROPERTIES] [ITEMS]: DIR/NAME.csproj and Program.cs as `dotnet new console` writes
# them, with extra PROPERTIES in its property group and ITEMS in an item group.
write_console_project() {
  local dir="$1" name="$2" properties="${3:-}" items="${4:-}"
  mkdir -p "$dir"
  cat > "$dir/$name.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    $properties
  </PropertyGroup>
  <ItemGroup>$items</ItemGroup>
</Project>
XML
  echo 'Console.WriteLine("Hello, World!");' > "$dir/Program.cs"
}

# median N...: the median of integers.
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
