using System.Globalization;

namespace Assistant.LoadTest;

/// <summary>--name value pairs; a name may repeat.</summary>
public sealed class Arguments(string[] args)
{
    public IReadOnlyList<string> All(string name) =>
        [.. args.Select((a, i) => (a, i)).Where(p => p.a == "--" + name && p.i + 1 < args.Length).Select(p => args[p.i + 1])];

    public string? Get(string name) => All(name).LastOrDefault();

    public string Required(string name) => Get(name) ?? throw new ArgumentException($"--{name} is required");

    public int Int(string name, int fallback) => Get(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public IReadOnlyDictionary<string, string> Pairs(string name) =>
        All(name).Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
