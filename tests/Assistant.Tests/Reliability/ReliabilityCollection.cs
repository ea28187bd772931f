using Assistant.Tests.Infrastructure;

namespace Assistant.Tests.Reliability;

/// <summary>
/// The reliability runs load the machine (child bot processes, thousands of requests); they run alone, after the
/// parallel tests, so they neither disturb timing-sensitive tests nor are disturbed by them. Own PostgreSQL server.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "reliability";
}
