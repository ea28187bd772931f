using System.Text.Json.Nodes;

namespace Assistant.Cards.Model;

/// <summary>Universal action: Teams sends an invoke "adaptiveCard/action" with the verb and data merged with inputs.</summary>
public sealed record ExecuteAction : AdaptiveAction
{
    public string? Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}

/// <summary>Sends a message activity whose value is the data merged with the input values.</summary>
public sealed record SubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}

public sealed record OpenUrlAction(Uri Url) : AdaptiveAction;

public sealed record ToggleVisibilityAction(IReadOnlyList<TargetElement> TargetElements) : AdaptiveAction;

/// <param name="IsVisible">Null toggles; true/false sets.</param>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
