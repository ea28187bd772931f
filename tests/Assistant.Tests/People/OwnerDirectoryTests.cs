using Assistant.Bot.Conversation;
using Assistant.Bot.People;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.People;

public sealed class OwnerDirectoryTests
{
    private const string Director = "11111111-1111-1111-1111-111111111111";

    private static (ServiceProvider Services, IOwnerDirectory Directory) Build(Dictionary<string, string?> settings, FakeGraphHandler? graph = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        if (graph is not null)
        {
            settings["Graph:TenantId"] = "tenant-1";
            settings["Graph:ClientId"] = "client-1";
            settings["Graph:ClientSecret"] = "secret";
            configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        }

        services.AddOwnerDirectory(configuration);
        if (graph is not null)
        {
            // The app's own HttpClients, with the network swapped for the fake.
            services.AddHttpClient(GraphServiceCollectionExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => graph);
            services.AddHttpClient(GraphTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => graph);
        }

        var provider = services.BuildServiceProvider();
        return (provider, provider.GetRequiredService<IOwnerDirectory>());
    }

    private static UserRef User(string aad) => new($"29:{aad}", aad, "Någon", "tenant-1");

    [Fact]
    public async Task Configured_owners_match_whatever_form_the_plan_writes()
    {
        var (services, directory) = Build(new()
        {
            ["Owners:Direktör:0"] = Director,
            ["Owners:Avd-Myndighet och Kvalité:0"] = "anna.berg@kommun.example",
            ["Owners:Avd-Myndighet och Kvalité:1"] = "29:teams-user",
        });
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var director = await directory.ResolveAsync("Direktören", ct);
        Assert.True(director.Resolved);
        Assert.Equal(Director, Assert.Single(director.Users).AadObjectId);
        Assert.Equal(OwnerDirectory.FromConfiguration, director.Source);

        var department = await directory.ResolveAsync("Avd- Myndighet och Kvalité", ct);
        Assert.Equal(["anna.berg@kommun.example", "29:teams-user"], department.Users.Select(u => u.UserPrincipalName ?? u.ChannelUserId));

        var unknown = await directory.ResolveAsync("HR-chef", ct);
        Assert.False(unknown.Resolved);
        Assert.Contains("Microsoft Graph is not configured", unknown.Problem, StringComparison.Ordinal);

        Assert.Equal(["direktör"], await directory.OwnerKeysOfAsync(User(Director), ["Direktören", "HR-chef"], ct));
        Assert.Equal(["avd- myndighet och kvalité"], await directory.OwnerKeysOfAsync(new UserRef("29:teams-user", null, null, null), ["Avd-Myndighet och Kvalité"], ct));
    }

    [Fact]
    [Trait("Category", "Integration")] // a load test: 10,000 owners, tens of seconds on a busy machine
    public async Task Spellings_of_one_owner_in_the_Owners_section_are_joined_and_a_large_section_resolves_quickly()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Owners:Direktör:0"] = Director,
            ["Owners:Direktören:0"] = "29:teams-director",
        };
        for (var i = 1; i <= 10_000; i++)
        {
            settings[$"Owners:Enhetschef {i:00000}:0"] = $"00000000-0000-4000-a000-{i:000000000000}";
        }

        var (services, directory) = Build(settings);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var director = await directory.ResolveAsync("direktör", ct);
        Assert.Equal([Director, "29:teams-director"], director.Users.Select(u => u.AadObjectId ?? u.ChannelUserId));

        // Once through the whole section: an index, not a scan per owner (that was 10^8 normalisations, minutes).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 1; i <= 10_000; i++)
        {
            Assert.True((await directory.ResolveAsync($"Enhetschef {i:00000}", ct)).Resolved);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"10,000 owners took {watch.Elapsed}");
    }

    [Fact]
    public void Entries_that_are_no_id_fail_validation_on_start()
    {
        var (services, _) = Build(new() { ["Owners:HR-chef:0"] = "Anna Berg", ["Admins:0"] = "not an id" });
        using var __ = services;
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DirectoryOptions>>().Value);
        Assert.Contains("AAD object ids", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_are_matched_by_object_id_and_by_upn_through_graph()
    {
        var graph = new FakeGraphHandler();
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000001", "Anna Berg", upn: "anna.berg@kommun.example"));
        var (services, directory) = Build(new() { ["Admins:0"] = Director, ["Admins:1"] = "anna.berg@kommun.example" }, graph);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await directory.IsAdminAsync(User(Director), ct));
        Assert.True(await directory.IsAdminAsync(User("aaaaaaaa-0000-0000-0000-000000000001"), ct));
        Assert.False(await directory.IsAdminAsync(User("bbbbbbbb-0000-0000-0000-000000000002"), ct));
    }

    [Fact]
    public async Task Graph_finds_a_role_by_job_title_with_a_token_and_caches_the_answer()
    {
        var graph = new FakeGraphHandler();
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000001", "Anna Berg", "HR-chef", "HR och kompetensförsörjning"));
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000002", "Bo Ek", "HR-konsult", "HR och kompetensförsörjning"));
        var (services, directory) = Build([], graph);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var first = await directory.ResolveAsync("HR-chefen", ct);
        var requests = graph.Requests.Count;
        var second = await directory.ResolveAsync("HR-chef", ct);

        Assert.Equal(OwnerDirectory.FromGraph, first.Source);
        Assert.Equal("Anna Berg", Assert.Single(first.Users).DisplayName);
        Assert.Equal(first.Users, second.Users);
        Assert.Equal(requests, graph.Requests.Count); // the second came from the cache
        Assert.Equal(1, graph.Tokens);
        Assert.All(graph.Authorizations, a => Assert.Equal("Bearer token-1", a));
        Assert.Contains(graph.Requests, r => r.Contains("$filter=jobTitle eq 'HR-chefen' or department eq 'HR-chefen'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_department_goes_to_its_head_and_a_crowd_of_equal_titles_stays_unresolved()
    {
        var graph = new FakeGraphHandler();
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000010", "Cia Dahl", "Avdelningschef", "Myndighet och Kvalité"));
        for (var i = 0; i < 8; i++)
        {
            graph.Users.Add(FakeGraphHandler.User($"aaaaaaaa-0000-0000-0000-00000000002{i}", $"Handläggare {i}", "Biståndshandläggare", "Myndighet och Kvalité"));
            graph.Users.Add(FakeGraphHandler.User($"aaaaaaaa-0000-0000-0000-00000000003{i}", $"Enhetschef {i}", "Enhetschef", "Vårdboende"));
        }

        var (services, directory) = Build([], graph);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var department = await directory.ResolveAsync("Avd- Myndighet och Kvalité", ct);
        Assert.Equal("Cia Dahl", Assert.Single(department.Users).DisplayName);

        var crowd = await directory.ResolveAsync("Enhetschef", ct);
        Assert.False(crowd.Resolved);
        Assert.Contains("8 people match", crowd.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_come_from_graph_and_a_missing_manager_is_null()
    {
        var graph = new FakeGraphHandler();
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000001", "Anna Berg", "HR-chef"));
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000009", "Dan Fors", "Förvaltningsdirektör"));
        graph.Managers["aaaaaaaa-0000-0000-0000-000000000001"] = "aaaaaaaa-0000-0000-0000-000000000009";
        var (services, directory) = Build([], graph);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var manager = await directory.ManagerOfAsync(new DirectoryUser("aaaaaaaa-0000-0000-0000-000000000001", null, "Anna Berg"), ct);
        Assert.Equal(("aaaaaaaa-0000-0000-0000-000000000009", "Dan Fors"), (manager!.AadObjectId, manager.DisplayName));
        Assert.Null(await directory.ManagerOfAsync(new DirectoryUser("aaaaaaaa-0000-0000-0000-000000000009", null, "Dan Fors"), ct));
    }

    [Fact]
    public async Task A_failing_graph_leaves_the_owner_unresolved_with_the_reason_and_is_asked_again_next_time()
    {
        var graph = new FakeGraphHandler { FailUsersWith = System.Net.HttpStatusCode.InternalServerError };
        graph.Users.Add(FakeGraphHandler.User("aaaaaaaa-0000-0000-0000-000000000001", "Anna Berg", "HR-chef"));
        var (services, directory) = Build([], graph);
        await using var _ = services;
        var ct = TestContext.Current.CancellationToken;

        var failed = await directory.ResolveAsync("HR-chef", ct);
        Assert.False(failed.Resolved);
        Assert.Contains("Microsoft Graph failed", failed.Problem, StringComparison.Ordinal);

        graph.FailUsersWith = null;
        Assert.True((await directory.ResolveAsync("HR-chef", ct)).Resolved);
    }
}
