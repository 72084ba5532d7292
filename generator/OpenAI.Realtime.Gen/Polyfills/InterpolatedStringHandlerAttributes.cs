// The compiler looks these attributes up by name; netstandard2.0 does not define them (.NET 6 and later do).
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks a type as an interpolated string handler.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute
    {
    }

    /// <summary>Names the parameters whose values are passed to an interpolated string handler's constructor.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) => Argument = argument;

        public string Argument { get; }
    }
}
