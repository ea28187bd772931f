using Assistant.Bot.Manifest;

namespace Assistant.Tests.Manifest;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Version5_matches_the_RFC_algorithm_for_a_known_name()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), DeterministicGuid.Create(dns, "python.org"));
    }

    [Fact]
    public void Teams_app_id_is_stable_per_bot_and_differs_from_the_bot_id()
    {
        var bot = new Guid("0b7c8a3e-4f2d-4e1a-9c3b-2d5e6f7a8b9c");
        var id = DeterministicGuid.TeamsAppIdFor(bot);
        Assert.Equal(id, DeterministicGuid.TeamsAppIdFor(new Guid("0B7C8A3E-4F2D-4E1A-9C3B-2D5E6F7A8B9C")));
        Assert.NotEqual(bot, id);
        Assert.NotEqual(id, DeterministicGuid.TeamsAppIdFor(Guid.Parse("11111111-2222-3333-4444-555555555555")));
        Assert.Equal('5', id.ToString("D")[14]);
    }
}
