using Assistant.Bot.Channel.Authentication;
using Assistant.Bot.Hosting;

namespace Assistant.Tests.Hosting;

public sealed class SecretComparisonTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(Secret, true)]
    [InlineData(Secret + "x", false)]
    [InlineData("0123456789abcdef0123456789abcdeF", false)]
    [InlineData("0123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_presented_secret_matches_only_the_configured_one_exactly(string? given, bool matches) =>
        Assert.Equal(matches, SecretComparison.Matches(given, Secret));

    [Fact]
    public void Nothing_matches_when_no_secret_is_configured()
    {
        Assert.False(SecretComparison.Matches("", ""));
        Assert.False(SecretComparison.Matches("", null));
    }
}
