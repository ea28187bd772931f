namespace Assistant.Bot.People;

/// <summary>
/// A feature that adds people of its own to the owner directory (the development chat's picker people) registers one
/// layer; <see cref="DirectoryServiceCollectionExtensions.AddOwnerDirectory"/> builds the one
/// <see cref="IOwnerDirectory"/> as the configured directory wrapped by every layer, in registration order.
/// </summary>
public interface IOwnerDirectoryLayer
{
    IOwnerDirectory Wrap(IOwnerDirectory inner);
}
