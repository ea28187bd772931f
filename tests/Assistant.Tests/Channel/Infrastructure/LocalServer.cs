using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Channel.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 and a free port, for the stand-ins of Azure's services (token issuer, connector,
/// OneDrive, an OTLP receiver). Never the bot itself: the bot is hosted by <see cref="Assistant.Tests.Infrastructure.TestApp"/>.
/// </summary>
internal static class LocalServer
{
    public static async Task<WebApplication> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    /// <summary>The bound address, e.g. "http://127.0.0.1:41234" (no trailing slash).</summary>
    public static string UrlOf(WebApplication app) => app.Urls.First().TrimEnd('/');
}
