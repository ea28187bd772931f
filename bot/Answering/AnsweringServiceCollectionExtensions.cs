using Assistant.Bot.Answering.Cli;
using Assistant.Bot.Answering.Knowledge;
using Assistant.Bot.Cli;

namespace Assistant.Bot.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>The answering engine, its knowledge cache (one per process) and the `ask` verb.</summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IKnowledgeCache, KnowledgeCache>();
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        services.AddScoped<ICommand, AskCommand>();
        return services;
    }
}
