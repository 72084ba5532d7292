namespace OpenAI.Realtime.Serialization
{
    /// <summary>A generated model that can check itself against the constraints its schema states.</summary>
    public interface IRealtimeValidatable
    {
        /// <summary>Adds every violated constraint of this value (and of the values it holds) to <paramref name="context"/>.</summary>
        void Validate(RealtimeValidationContext context);
    }
}
