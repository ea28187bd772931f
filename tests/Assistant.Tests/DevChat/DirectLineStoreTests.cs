using Assistant.Bot.DevChat;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.DevChat;

public sealed class DirectLineStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 9, 16, 8, 0, 0, TimeSpan.Zero));

    private DirectLineStore New(int maxConversations = 10) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = maxConversations, TokenMinutes = 30, IdleHours = 24 }), _time);

    [Fact]
    public void ATokenOpensItsConversation_UntilItExpires()
    {
        var store = New();
        var conversation = store.ForUser(new DirectLineUser("u1", "Ulla"));
        var (token, expiresIn) = store.IssueToken(conversation);

        Assert.Equal(1800, expiresIn);
        Assert.Same(conversation, store.Authorize(token));
        Assert.Null(store.Authorize("forged"));
        Assert.Null(store.Authorize(null));

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Null(store.Authorize(token));
    }

    [Fact]
    public void TheSameUser_GetsTheSameConversation_AnotherUserAnother()
    {
        var store = New();

        var first = store.ForUser(new DirectLineUser("u1", "Ulla"));
        var again = store.ForUser(new DirectLineUser("u1", "Ulla"));
        var other = store.ForUser(new DirectLineUser("u2", "Ove"));

        Assert.Same(first, again);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Same(first, store.FindForUser("u1"));
    }

    [Fact]
    public void AnIdleConversation_IsForgotten()
    {
        var store = New();
        var conversation = store.ForUser(new DirectLineUser("u1", "Ulla"));

        _time.Advance(TimeSpan.FromHours(25));

        Assert.Null(store.Find(conversation.Id));
        Assert.Null(store.FindForUser("u1"));
        Assert.NotSame(conversation, store.ForUser(new DirectLineUser("u1", "Ulla")));
    }

    [Fact]
    public void BeyondTheLimit_TheLeastRecentlyUsedConversationGoes()
    {
        var store = New(maxConversations: 2);
        var oldest = store.ForUser(new DirectLineUser("u1", null));
        _time.Advance(TimeSpan.FromMinutes(1));
        var used = store.ForUser(new DirectLineUser("u2", null));
        _time.Advance(TimeSpan.FromMinutes(1));
        store.Find(oldest.Id);
        _time.Advance(TimeSpan.FromMinutes(1));

        store.ForUser(new DirectLineUser("u3", null));

        Assert.Equal(2, store.Count);
        Assert.NotNull(store.Find(oldest.Id));
        Assert.Null(store.Find(used.Id));
    }
}
