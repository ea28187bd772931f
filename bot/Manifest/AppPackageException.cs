namespace Assistant.Bot.Manifest;

/// <summary>The app package cannot be made: the message says what to fix.</summary>
public sealed class AppPackageException(string message) : Exception(message);
