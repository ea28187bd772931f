using Assistant.Bot.Answering;
using Assistant.Bot.Channel;
using Assistant.Bot.Clock;
using Assistant.Bot.Conversation;
using Assistant.Bot.DevChat;
using Assistant.Bot.Knowledge;
using Assistant.Bot.Manifest;
using Assistant.Bot.Reminders.Hosting;
using Assistant.Bot.Reports;
using Assistant.Bot.Storage;

namespace Assistant.Bot.Hosting;

/// <summary>Wires every subsystem: each offers one AddX(); Program.cs stays short.</summary>
public static class AssistantServiceCollectionExtensions
{
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, bool isWebHost)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddClock(configuration);
        services.AddStorage(configuration);
        services.AddOperations(configuration, environment, isWebHost);
        services.AddManifest(configuration);
        services.AddChannel(configuration);
        services.AddConversation();
        services.AddKnowledge(configuration);
        services.AddAnswering(configuration);
        services.AddReports(configuration);
        services.AddReminders(configuration, isWebHost);
        services.AddDevChat(configuration);
        return services;
    }

    public static WebApplication MapAssistant(this WebApplication app)
    {
        app.MapOperations();
        app.MapChannel();
        app.MapReminders();
        app.MapDevChat();
        return app;
    }
}
