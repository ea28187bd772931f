using Assistant.Bot.Channel.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Turn handling behind the channel: messages, card actions, welcome; features plug in IChatHandler / ICardActionHandler.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ChatResponder>();
        services.AddScoped<MessageTurn>();
        services.AddScoped<CardActionTurn>();
        services.AddScoped<WelcomeTurn>();
        services.AddScoped<FileConsentTurn>();
        services.AddScoped<IActivityHandler, ConversationBot>();
        return services;
    }
}
