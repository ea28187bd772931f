using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Assistant.Bot.DevChat;

/// <summary>
/// The chat page: "/" serves wwwroot/index.html, "/webchat/..." its script, style and the Web Chat bundle
/// (wwwroot/lib/webchat.js, copied from npm at build time; the page says so when it is missing), and
/// "/webchat/api/people" the people you can be, "/webchat/api/reminders/run" the admin panel's reminder run.
/// </summary>
public static class WebChatPage
{
    public const string BundlePath = "lib/webchat.js";

    public static IServiceCollection AddWebChatPage(this IServiceCollection services)
    {
        services.AddScoped<WebChatPeople>();
        services.AddScoped<WebChatAdmin>();
        services.AddScoped<IDirectLineUsers>(sp => sp.GetRequiredService<WebChatPeople>());
        return services;
    }

    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        var root = WebRoot(app.Environment);
        IFileProvider files = Directory.Exists(root) ? new PhysicalFileProvider(root) : new NullFileProvider();
        var types = new FileExtensionContentTypeProvider();

        app.MapGet("/", () => ServeFile(files, types, "index.html"));
        app.MapGet("/webchat/{**path}", (string path) => ServeFile(files, types, path));
        app.MapGet("/webchat/api/people", async (WebChatPeople people, CancellationToken ct) =>
        {
            var list = new JsonArray();
            foreach (var person in await people.ListAsync(ct))
            {
                list.Add(new JsonObject { ["id"] = person.Id, ["name"] = person.Name, ["kind"] = person.Kind == PersonKind.Admin ? "admin" : "owner" });
            }

            return DirectLineHttp.Json(new JsonObject { ["people"] = list, ["bundle"] = files.GetFileInfo(BundlePath).Exists });
        });
        app.MapPost("/webchat/api/reminders/run", (HttpContext context, WebChatAdmin admin, CancellationToken ct) => admin.RunRemindersAsync(context, ct));
        return app;
    }

    /// <summary>wwwroot beside the content root, else beside the executable (where the build copies it).</summary>
    public static string WebRoot(IHostEnvironment environment)
    {
        var candidates = new[] { Path.Combine(environment.ContentRootPath, "wwwroot"), Path.Combine(AppContext.BaseDirectory, "wwwroot") };
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html"))) ?? candidates[^1];
    }

    private static IResult ServeFile(IFileProvider files, FileExtensionContentTypeProvider types, string path)
    {
        var file = path.Contains("..", StringComparison.Ordinal) ? null : files.GetFileInfo(path);
        if (file is not { Exists: true, IsDirectory: false, PhysicalPath: not null })
        {
            return Results.NotFound();
        }

        var contentType = types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        return Results.File(file.PhysicalPath, contentType, lastModified: file.LastModified, enableRangeProcessing: true);
    }
}
