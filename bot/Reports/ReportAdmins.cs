using Assistant.Bot.Conversation;

namespace Assistant.Bot.Reports;

/// <summary>
/// Who counts as an administrator for the report hint: the top-level "Admins" setting, a list of AAD object ids,
/// Teams user ids or display names (compared without regard to case).
/// </summary>
internal sealed class ReportAdmins(IConfiguration configuration)
{
    public const string SectionName = "Admins";

    public bool IsAdmin(UserRef user)
    {
        var admins = configuration.GetSection(SectionName).Get<string[]>() ?? [];
        return admins.Any(a => Matches(a, user.AadObjectId) || Matches(a, user.Id) || Matches(a, user.Name));
    }

    private static bool Matches(string admin, string? value) =>
        !string.IsNullOrWhiteSpace(value) && string.Equals(admin.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase);
}
