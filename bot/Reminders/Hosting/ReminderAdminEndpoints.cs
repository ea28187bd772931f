using Assistant.Bot.Reminders.Dispatch;
using Assistant.Bot.Storage;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Reminders.Hosting;

/// <summary>
/// POST /api/admin/reminders/run: enqueue the reminder job now (202 with the job id), or with ?wait=true run it in the
/// request and answer with what it did. GET /api/admin/reminders: unresolved owners, failed and pending dispatches,
/// and the count per window and state. Admins only (<see cref="AdminRequests"/>): others get 403.
/// </summary>
public static class ReminderAdminEndpoints
{
    public static IEndpointRouteBuilder MapReminderAdmin(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/reminders").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<AdminRequests>().IsAdmin(context.HttpContext)
                ? await next(context)
                : Results.Problem("Admins only: send the admin key (setting AdminApiKey) in the X-Api-Key header, or call from the machine itself in Development.", statusCode: 403));

        group.MapPost("/run", RunAsync);
        group.MapGet("/", StatusAsync);
        return app;
    }

    private static async Task<IResult> RunAsync(HttpContext context, IOptions<ReminderOptions> options, bool? wait, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Results.Problem("Reminders are disabled (Reminders:Enabled=false).", statusCode: 409);
        }

        if (wait == true)
        {
            var summary = await context.RequestServices.GetRequiredService<ReminderRunner>().RunAsync(cancellationToken);
            return Results.Ok(new
            {
                windowsPlanned = summary.WindowsPlanned,
                sent = summary.Dispatch.Sent,
                failed = summary.Dispatch.Failed,
                skipped = summary.Dispatch.Skipped,
                deferred = summary.Dispatch.Deferred,
            });
        }

        var jobId = context.RequestServices.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderJob>(job => job.RunAsync(CancellationToken.None));
        return Results.Accepted(value: new { jobId });
    }

    private static async Task<IResult> StatusAsync(AssistantDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ReminderDispatches.AsNoTracking().Where(d => d.OwnerKey != DispatchKeys.Marker).ToListAsync(cancellationToken);
        var attention = rows.Where(r => r.State is DispatchState.Unresolved or DispatchState.Failed or DispatchState.Pending or DispatchState.InFlight)
            .OrderBy(r => r.WindowKey, StringComparer.Ordinal).ThenBy(r => r.OwnerKey, StringComparer.Ordinal)
            .Select(r => new { r.Id, r.WindowKey, owner = DispatchKeys.OwnerOf(r.OwnerKey), recipient = r.RecipientId, state = r.State.ToString(), r.Attempts, r.LastError, activities = r.ActivityIds });
        var windows = rows.GroupBy(r => r.WindowKey).OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new { window = g.Key, states = g.GroupBy(r => r.State.ToString()).ToDictionary(s => s.Key, s => s.Count()) });
        return Results.Ok(new { attention, windows });
    }
}
