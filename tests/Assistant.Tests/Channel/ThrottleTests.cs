using Assistant.Bot.Channel.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Channel;

/// <summary>The local throttle on a fake clock: Teams' tenant and per-conversation limits.</summary>
public sealed class ThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 9, 16, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_bucket_gives_its_rate_at_once_then_one_token_per_interval()
    {
        var bucket = new TokenBucket(50, _time);

        var waits = Enumerable.Range(0, 52).Select(_ => bucket.Reserve()).ToList();

        Assert.All(waits.Take(50), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromMilliseconds(20), waits[50]);
        Assert.Equal(TimeSpan.FromMilliseconds(40), waits[51]);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
    }

    [Fact]
    public void The_conversation_limit_allows_7_per_second_8_per_2_seconds_and_60_per_30_seconds()
    {
        var limit = new SlidingWindowLimit(SlidingWindowLimit.TeamsConversation, _time);
        var start = _time.GetUtcNow();

        var slots = Enumerable.Range(0, 61).Select(_ => limit.Reserve() - start).ToList();

        Assert.All(slots.Take(7), s => Assert.Equal(TimeSpan.Zero, s));
        Assert.Equal(TimeSpan.FromSeconds(1), slots[7]);
        Assert.Equal(TimeSpan.FromSeconds(2), slots[8]);
        Assert.Equal(TimeSpan.FromSeconds(30), slots[60]);
        for (var i = 1; i < slots.Count; i++)
        {
            Assert.True(slots[i] >= slots[i - 1]);
            Assert.True(slots.Count(s => s > slots[i] - TimeSpan.FromSeconds(1) && s <= slots[i]) <= 7);
            Assert.True(slots.Count(s => s > slots[i] - TimeSpan.FromSeconds(2) && s <= slots[i]) <= 8);
        }
    }

    [Fact]
    public void The_hourly_conversation_limit_is_1800()
    {
        var limit = new SlidingWindowLimit([(1800, TimeSpan.FromHours(1))], _time);
        var start = _time.GetUtcNow();

        var slots = Enumerable.Range(0, 1801).Select(_ => limit.Reserve() - start).ToList();

        Assert.Equal(TimeSpan.Zero, slots[1799]);
        Assert.Equal(TimeSpan.FromHours(1), slots[1800]);
    }

    [Fact]
    public async Task The_throttle_waits_on_the_clock_and_refuses_a_wait_longer_than_allowed()
    {
        var options = Options.Create(new ConnectorOptions { RequestsPerSecondPerTenant = 2, MaxThrottleWait = TimeSpan.FromSeconds(1), ConversationLimits = false });
        var throttle = new ConnectorThrottle(options, _time);

        Assert.True(await throttle.WaitAsync("t", "c", TestContext.Current.CancellationToken));
        Assert.True(await throttle.WaitAsync("t", "c", TestContext.Current.CancellationToken));
        var third = throttle.WaitAsync("t", "c", TestContext.Current.CancellationToken);
        Assert.False(third.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        Assert.True(await third);

        Assert.True(await throttle.WaitAsync("other tenant", "c", TestContext.Current.CancellationToken));
        var waiting = Enumerable.Range(0, 2).Select(_ => throttle.WaitAsync("t", "c", TestContext.Current.CancellationToken)).ToList();
        Assert.False(await throttle.WaitAsync("t", "c", TestContext.Current.CancellationToken));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.All(await Task.WhenAll(waiting), Assert.True);
    }
}
