using System;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace RealtimeGenBenchmarks;

/// <summary>
/// <c>dotnet run -c Release -- [BenchmarkDotNet arguments]</c> runs the benchmarks (see docs/performance.md);
/// <c>dotnet run -c Release -- smoke</c> runs every benchmark method once, for CI, so the benchmarks keep working.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "smoke")
        {
            return Smoke();
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Smoke()
    {
        int ran = 0;
        foreach (Type type in typeof(Program).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)))
        {
            PropertyInfo? parameter = type.GetProperties().FirstOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
            object?[] values = parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? new object?[] { null };
            foreach (object? value in values)
            {
                object instance = Activator.CreateInstance(type)!;
                parameter?.SetValue(instance, value);
                Invoke<GlobalSetupAttribute>(instance);
                foreach (MethodInfo method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                {
                    object? result = method.Invoke(instance, null);
                    if (result is null || (result is int i && i <= 0) || (result is long l && l <= 0))
                    {
                        Console.Error.WriteLine($"smoke: {type.Name}.{method.Name} ({value}) returned {result ?? "null"}");
                        return 1;
                    }

                    // Numbers as they are; objects by type name (a JSON tree's text would be megabytes).
                    string shown = result is int or long ? result.ToString()! : result.GetType().Name;
                    Console.WriteLine($"smoke: {type.Name}.{method.Name} ({value}) -> {shown}");
                    ran++;
                }

                Invoke<GlobalCleanupAttribute>(instance);
            }
        }

        Console.WriteLine($"smoke: {ran} benchmark runs ok");
        return ran > 0 ? 0 : 1;
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (MethodInfo method in instance.GetType().GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
