using Assistant.Bot.Answering.Snapshot;
using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;

namespace Assistant.Bot.Answering;

public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// The answering engine, its knowledge cache (one per process), its presenter (answers go out with cards where
    /// they help), the chat's <see cref="IQuestionAnswerer"/> and the `ask` verb.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<KnowledgeCache>();
        services.AddSingleton<IKnowledgeCache>(sp => sp.GetRequiredService<KnowledgeCache>());
        services.AddSingleton<IKnowledgeChanged>(sp => sp.GetRequiredService<KnowledgeCache>());
        services.AddSingleton<IAnswerEngine, AnswerEngine>();
        services.AddScoped<IAnswerPresenter, AnswerPresenter>();
        services.AddScoped<QuestionAnswerer>();
        services.AddScoped<IQuestionAnswerer>(sp => sp.GetRequiredService<QuestionAnswerer>());
        services.AddScoped<ICommand, AskCommand>();
        return services;
    }
}
