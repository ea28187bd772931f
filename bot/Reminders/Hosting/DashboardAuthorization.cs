using Hangfire.Dashboard;

namespace Assistant.Bot.Reminders.Hosting;

/// <summary>The Hangfire dashboard is for admins only: local requests in Development, otherwise the admin key header.</summary>
public sealed class DashboardAuthorization(AdminRequests admins) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => admins.IsAdmin(context.GetHttpContext());
}
