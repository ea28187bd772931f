using Assistant.Bot.Conversation;
using Assistant.Bot.Plans;
using Assistant.Bot.StatusUpdates.Chat;
using Assistant.Bot.Telemetry;

namespace Assistant.Bot.StatusUpdates;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Status recording and the status features of the chat and the cards.</summary>
    public static IServiceCollection AddStatusRecording(this IServiceCollection services)
    {
        services.AddAssistantMetrics();
        services.AddScoped<IStatusRecorder, StatusRecorder>();
        services.AddScoped<ICardActionHandler, StatusCardActionHandler>();
        services.AddScoped<IChatHandler, StatusChatHandler>();
        services.AddScoped<IChatHandler, MyActivitiesChatHandler>();
        return services;
    }
}
