namespace Assistant.Tests.DevChat.Infrastructure;

/// <summary>
/// The browser test runs on its own, after the parallel tests: a headless chromium beside a full parallel run would
/// slow both (two cores) and make timing-sensitive tests elsewhere flaky.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
