using Assistant.Bot.Answering;
using Assistant.Bot.Conversation;
using Assistant.Tests.Channel.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Tests.Conversation;

[Trait("Category", "Integration")]
public sealed class AnswerPresenterSeamTests
{
    [Fact]
    public async Task A_presenter_replaced_through_the_host_is_the_one_the_chat_uses()
    {
        await using var bot = await BotHost.StartAsync(services: s => s.RemoveAll<IAnswerPresenter>().AddScoped<IAnswerPresenter, CardAnswerPresenter>());

        await bot.SendAsync(bot.Fixture("message-personal"));

        var reply = Assert.Single(bot.Connector.Messages).Body!;
        Assert.Equal("Du frågade: Vad är rekryteringsbehovet för undersköterskor 2025?", reply["summary"]!.GetValue<string>());
        Assert.Null(reply["text"]);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
    }
}
