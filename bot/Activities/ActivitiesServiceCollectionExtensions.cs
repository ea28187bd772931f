using Assistant.Bot.Conversation;

namespace Assistant.Bot.Activities;

public static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Status recording and the status features of the chat and the cards.</summary>
    public static IServiceCollection AddStatusRecording(this IServiceCollection services)
    {
        services.AddScoped<IStatusRecorder, StatusRecorder>();
        services.AddScoped<ICardActionHandler, StatusCardActionHandler>();
        return services;
    }
}
