namespace Assistant.Bot.Conversation;

public static class CardsServiceCollectionExtensions
{
    /// <summary>Answers go out with cards where they help (Assistant.Cards builders).</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddScoped<IAnswerPresenter, AnswerPresenter>();
        return services;
    }
}
