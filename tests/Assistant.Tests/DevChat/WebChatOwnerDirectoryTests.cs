using Assistant.Bot.Plans;
using Assistant.Bot.Conversation;
using Assistant.Bot.DevChat;
using Assistant.Bot.People;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.DevChat;

/// <summary>The page's people join the real owner directory only while they chat, and only as themselves.</summary>
public sealed class WebChatOwnerDirectoryTests
{
    private const string ConfiguredOwner = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly DirectLineStore _store = new(Options.Create(new DirectLineOptions()), TimeProvider.System);
    private readonly WebChatOwnerDirectory _directory;

    public WebChatOwnerDirectoryTests()
    {
        var settings = new DirectoryOptions();
        settings.Owners["HR-chef"] = [ConfiguredOwner];
        var inner = new OwnerDirectory(
            new StaticOptionsMonitor<DirectoryOptions>(settings),
            Options.Create(new GraphOptions()),
            new MemoryCache(new MemoryCacheOptions()),
            NullLogger<OwnerDirectory>.Instance);
        _directory = new WebChatOwnerDirectory(inner, _store);
    }

    private WebChatPerson Chatting(string ownerName)
    {
        var person = WebChatPerson.Owner(OwnerName.Normalize(ownerName), ownerName);
        _store.ForUser(person.ToUser());
        return person;
    }

    [Fact]
    public async Task AnOwnerNobodyChatsAs_IsResolvedAsBefore()
    {
        var resolution = await _directory.ResolveAsync("Utvecklingsledaren", Cancel);

        Assert.False(resolution.Resolved);
    }

    [Fact]
    public async Task SomeoneChattingAsAnOwner_IsOneOfItsPeople_BesideTheConfiguredOnes()
    {
        var developer = Chatting("Utvecklingsledaren");
        var hr = Chatting("HR-chef");

        var unconfigured = await _directory.ResolveAsync("Utvecklingsledare", Cancel);
        var configured = await _directory.ResolveAsync("HR-chefen", Cancel);

        var user = Assert.Single(unconfigured.Users);
        Assert.Equal(developer.AadObjectId, user.AadObjectId);
        Assert.Equal(developer.Id, user.ChannelUserId);
        Assert.Equal(WebChatOwnerDirectory.Source, unconfigured.Source);
        Assert.Equal([ConfiguredOwner, hr.AadObjectId], configured.Users.Select(u => u.AadObjectId));
    }

    [Fact]
    public async Task APersonOwnsWhatTheirOwnerNameOwns_AndNothingElse()
    {
        var person = Chatting("Utvecklingsledaren");
        var user = new UserRef(person.Id, person.AadObjectId, person.Name, null);

        var keys = await _directory.OwnerKeysOfAsync(user, ["Utvecklingsledare", "HR-chef"], Cancel);

        Assert.Equal([OwnerName.Normalize("Utvecklingsledare")], keys);
        Assert.False(await _directory.IsAdminAsync(user, Cancel));
    }

    [Fact]
    public async Task ThePagesAdmin_IsAnAdmin_ButNotSomeoneWhoOnlyBorrowsTheId()
    {
        var admin = WebChatPerson.Admin;

        Assert.True(await _directory.IsAdminAsync(new UserRef(admin.Id, admin.AadObjectId, admin.Name, null), Cancel));
        Assert.False(await _directory.IsAdminAsync(new UserRef(admin.Id, null, admin.Name, null), Cancel));
        Assert.False(await _directory.IsAdminAsync(new UserRef("29:teams-user", admin.AadObjectId, "X", null), Cancel));
    }

    [Fact]
    public async Task TeamsUsers_AreAnsweredByTheRealDirectory()
    {
        Chatting("HR-chef");
        var teamsUser = new UserRef("29:abc", ConfiguredOwner, "Hanna", "tenant");

        Assert.Equal([OwnerName.Normalize("HR-chef")], await _directory.OwnerKeysOfAsync(teamsUser, ["HR-chef", "Direktör"], Cancel));
    }

}
