using System.Text.Json.Serialization;

namespace Assistant.Cards.Model;

/// <summary>An action (card actions, ActionSet, selectAction, refresh). The JSON "type" is the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record AdaptiveAction
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public Uri? IconUrl { get; init; }

    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    public ActionMode? Mode { get; init; }

    /// <summary>Used by hosts that do not support this action (Action.Execute → Action.Submit).</summary>
    public AdaptiveAction? Fallback { get; init; }
}
