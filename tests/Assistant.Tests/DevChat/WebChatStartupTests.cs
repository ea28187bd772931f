using System.Text.RegularExpressions;
using Assistant.Tests.Hosting;

namespace Assistant.Tests.DevChat;

/// <summary>The bot's start (the README's first command) ends with the chat page's address.</summary>
[Trait("Category", "Integration")]
public sealed partial class WebChatStartupTests
{
    [Fact]
    public async Task InDevelopment_TheStartEndsWithThePagesAddress()
    {
        var result = await BotProcess.RunAsync([], new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, TimeSpan.FromSeconds(90), stopWhenStdoutContains: "to chat with it");

        Assert.True(result.TimedOut && Address().IsMatch(result.Stdout), result.ToString());
        Assert.True(result.Stdout.IndexOf("Now listening on", StringComparison.Ordinal) < Address().Match(result.Stdout).Index, result.ToString());
    }

    [GeneratedRegex(@"Assistant is running: open http://(localhost|127\.0\.0\.1):\d+/ to chat with it")]
    private static partial Regex Address();
}
