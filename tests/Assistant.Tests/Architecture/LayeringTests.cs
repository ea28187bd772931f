using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Tests.Architecture;

/// <summary>
/// The layering of bot/ (docs/architecture.md): an area is the second part of a namespace (Assistant.Bot.Area), and
/// the areas' dependencies, read from each file's namespace, its using directives and fully qualified names, form no
/// cycle. The same reading as ../shared/tools/layers.py. Also: one home for the local time zone.
/// </summary>
public sealed partial class LayeringTests
{
    /// <summary>
    /// The lower layers and all they may use (docs/architecture.md, "Layers"): the foundations use nothing, the domain
    /// only the foundations, the protocol only storage, turn handling only the protocol and the domain. The features
    /// above them may use each other as long as no cycle forms; Hosting is used by nothing.
    /// </summary>
    private static readonly Dictionary<string, string[]> LowerLayers = new(StringComparer.Ordinal)
    {
        ["Cli"] = [],
        ["Clock"] = [],
        ["Storage"] = [],
        ["Plans"] = ["Clock", "Storage"],
        ["Telemetry"] = ["Plans"],
        ["Channel"] = ["Storage"],
        ["Conversation"] = ["Channel", "Clock", "Plans", "Storage"],
    };

    [Fact]
    public void The_areas_of_bot_depend_on_each_other_without_cycles()
    {
        var uses = AreaDependencies();
        var cycles = StronglyConnected(uses.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value.Keys));
        var report = new StringBuilder();
        foreach (var cycle in cycles)
        {
            report.AppendLine("cycle: " + string.Join(" <-> ", cycle));
            foreach (var from in cycle)
            {
                foreach (var (to, files) in uses[from].Where(e => cycle.Contains(e.Key)))
                {
                    report.AppendLine($"  {from} -> {to}: {string.Join(", ", files.Take(3))}{(files.Count > 3 ? $" (+{files.Count - 3} more)" : string.Empty)}");
                }
            }
        }

        Assert.True(cycles.Count == 0, $"{cycles.Count} dependency cycle(s) between the areas of bot/ (an area may only use areas below it, docs/architecture.md):\n{report}");
    }

    [Fact]
    public void The_lower_layers_use_only_what_is_below_them_and_nothing_uses_hosting()
    {
        var uses = AreaDependencies();
        var offences = new List<string>();
        foreach (var (area, edges) in uses)
        {
            foreach (var (to, files) in edges)
            {
                if ((LowerLayers.TryGetValue(area, out var allowed) && !allowed.Contains(to)) || to == "Hosting")
                {
                    offences.Add($"{area} -> {to}: {string.Join(", ", files.Take(3))}");
                }
            }
        }

        Assert.True(uses.ContainsKey("Channel") && uses.ContainsKey("Conversation"), "the areas of bot/ were not read (is the source tree there?)");
        Assert.True(offences.Count == 0, "a lower layer uses something above it (docs/architecture.md, \"Layers\"):\n" + string.Join('\n', offences));
    }

    /// <summary>Area → area it uses → the files that make it use it.</summary>
    private static SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> AreaDependencies()
    {
        var uses = new SortedDictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var file in SourceTree.Files("bot", "*.cs").Where(f => !f.Split('/').Contains("Migrations")))
        {
            var text = SourceTree.Read(file);
            if (NamespaceDeclaration().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var me = declared.Groups[1].Value;
            var used = UsingDirective().Matches(text).Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(text).Select(m => m.Groups[1].Value))
                .Where(area => area != me);
            foreach (var area in used)
            {
                var edges = uses.TryGetValue(me, out var existing) ? existing : uses[me] = new(StringComparer.Ordinal);
                (edges.TryGetValue(area, out var files) ? files : edges[area] = new(StringComparer.Ordinal)).Add(file);
            }
        }

        return uses;
    }

    [Fact]
    public void No_file_in_bot_names_a_time_zone_outside_the_clock()
    {
        var offenders = SourceTree.Files("bot")
            .Where(f => !f.StartsWith("bot/Clock/", StringComparison.Ordinal) && !f.StartsWith("bot/wwwroot/lib/", StringComparison.Ordinal))
            .Where(f => SourceTree.Read(f).Contains("Europe/Stockholm", StringComparison.Ordinal))
            .ToList();

        Assert.True(offenders.Count == 0, $"\"Europe/Stockholm\" appears outside bot/Clock/ (the local clock's options are its one home; ask ILocalClock): {string.Join(", ", offenders)}");
    }

    [Fact]
    public void A_cycle_is_found_and_a_chain_is_not()
    {
        var cyclic = StronglyConnected(new Dictionary<string, IReadOnlyCollection<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] });
        var chain = StronglyConnected(new Dictionary<string, IReadOnlyCollection<string>> { ["A"] = ["B"], ["B"] = ["C"], ["D"] = ["A", "C"] });

        Assert.Equal(["A", "B", "C"], Assert.Single(cyclic));
        Assert.Empty(chain);
    }

    /// <summary>The groups of two or more areas that reach each other (Tarjan), each sorted.</summary>
    private static List<List<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlyCollection<string>> uses)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<List<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in uses.TryGetValue(v, out var next) ? next : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    result.Add(component);
                }
            }
        }

        foreach (var v in uses.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*namespace\s+Assistant\.Bot\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?Assistant\.Bot\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"\bAssistant\.Bot\.(\w+)\.")]
    private static partial Regex QualifiedName();
}
