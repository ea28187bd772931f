using Assistant.Bot.Cli;
using Assistant.Bot.Conversation;
using Assistant.Bot.Reports.Chat;
using Assistant.Bot.Reports.Writers;

namespace Assistant.Bot.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The uppföljning: builder, the four writers, the `report` verb and the "rapport" chat handler.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReportBuilder, ReportBuilder>();
        services.AddSingleton<IReportWriter, MarkdownReportWriter>();
        services.AddSingleton<IReportWriter, CsvReportWriter>();
        services.AddSingleton<IReportWriter, DocxReportWriter>();
        services.AddSingleton<IReportWriter, XlsxReportWriter>();
        services.AddScoped<ICommand, ReportCommand>();
        services.AddScoped<IChatHandler, ReportChatHandler>();
        services.AddScoped<IChatHandler, ImportLogChatHandler>();
        services.AddScoped<IChatHandler, Files.ReportFileChatHandler>();
        services.AddScoped<IFileConsentHandler, Files.ReportFileConsentHandler>();
        services.AddHttpClient(Files.ReportFileConsentHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        return services;
    }
}
