using System.Text.Json.Nodes;

namespace Assistant.Bot.Channel;

/// <summary>
/// One message out: <see cref="Text"/> is always set (notification preview, screen readers, the CLI);
/// <see cref="Card"/> is an Adaptive Card (serialized by Assistant.Cards) when a card helps.
/// </summary>
/// <param name="File">A file attachment instead of a card (the Teams file consent card, the file info card).</param>
public sealed record OutgoingMessage(string Text, JsonObject? Card = null, OutgoingAttachment? File = null);

/// <summary>An attachment that is not an Adaptive Card: contentType, name, content and contentUrl as Teams wants them.</summary>
public sealed record OutgoingAttachment(string ContentType, string? Name, JsonObject? Content, string? ContentUrl = null);
