using Assistant.Bot.Activities.Chat;
using Assistant.Bot.Conversation;

namespace Assistant.Bot.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Status recording and the status features of the chat and the cards.</summary>
    public static IServiceCollection AddStatusRecording(this IServiceCollection services)
    {
        services.AddScoped<IStatusRecorder, StatusRecorder>();
        services.AddScoped<ICardActionHandler, StatusCardActionHandler>();
        services.AddScoped<IChatHandler, StatusChatHandler>();
        services.AddScoped<IChatHandler, MyActivitiesChatHandler>();
        return services;
    }
}
