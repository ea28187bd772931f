using System.Collections.Concurrent;
using Assistant.Bot.Channel;
using Assistant.Bot.Conversation;

namespace Assistant.Tests.Reminders;

/// <summary>An IProactiveMessenger that records what would have gone out; an optional hook decides each send's fate.</summary>
internal sealed class RecordingMessenger(TimeProvider time) : IProactiveMessenger
{
    private int _count;

    public ConcurrentQueue<Sent> Sends { get; } = new();

    public ConcurrentQueue<string> Created { get; } = new();

    /// <summary>Runs before a send is recorded: may delay, throw, or return a failure (which is then not recorded).</summary>
    public Func<ConversationReferenceRecord, CancellationToken, Task<SendResult?>>? Before { get; set; }

    /// <summary>What CreatePersonalConversationAsync answers; null by default (the app is not installed).</summary>
    public Func<string, ConversationReferenceRecord?>? Create { get; set; }

    public async Task<SendResult> SendAsync(ConversationReferenceRecord reference, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (Before is not null && await Before(reference, cancellationToken) is { } failure)
        {
            return failure;
        }

        var id = $"msg-{Interlocked.Increment(ref _count)}";
        Sends.Enqueue(new Sent(reference.AadObjectId ?? reference.UserId, reference.ConversationId, message, time.GetUtcNow(), id));
        return new SendResult(true, id, 201);
    }

    public Task<SendResult> UpdateAsync(ConversationReferenceRecord reference, string activityId, OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(new SendResult(true, activityId, 200));

    public Task<ConversationReferenceRecord?> CreatePersonalConversationAsync(string userId, string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        Created.Enqueue(userId);
        return Task.FromResult(Create?.Invoke(userId));
    }

    public sealed record Sent(string User, string ConversationId, OutgoingMessage Message, DateTimeOffset At, string MessageId)
    {
        /// <summary>The activity ids a reminder card lists (from its save action's data).</summary>
        public IReadOnlyList<int> ActivityIds =>
            Message.Card?["actions"]?[0]?["data"]?["activityIds"]?.AsArray().Select(n => n!.GetValue<int>()).ToList() ?? [];
    }
}
