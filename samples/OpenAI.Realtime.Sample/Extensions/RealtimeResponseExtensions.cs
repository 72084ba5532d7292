using System.Collections.Generic;
using System.Linq;

namespace OpenAI.Realtime;

/// <summary>
/// A user's own part of the generated <see cref="RealtimeResponse"/> partial class: members added here live beside the
/// generated ones and survive every regeneration.
/// </summary>
public partial class RealtimeResponse
{
    /// <summary>What the assistant said in this response: the transcript or text of each assistant message part.</summary>
    public string Transcript => string.Join(" ", AssistantParts().Select(part => part.Transcript ?? part.Text).Where(text => !string.IsNullOrEmpty(text)));

    /// <summary>The function calls the model made in this response.</summary>
    public IEnumerable<RealtimeConversationItemFunctionCall> FunctionCalls => Output?.OfType<RealtimeConversationItemFunctionCall>() ?? [];

    private IEnumerable<RealtimeConversationItemMessageAssistantContentItem> AssistantParts()
        => Output?.OfType<RealtimeConversationItemMessageAssistant>().SelectMany(message => message.Content) ?? [];
}
