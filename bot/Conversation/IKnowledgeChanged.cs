namespace Assistant.Bot.Conversation;

/// <summary>
/// Told after the plan knowledge in the database changed (a document imported, e.g. from a file sent in chat), so a
/// reader that keeps a copy (the answering engine's cached snapshot) drops it. Defined here, below the features, so
/// the writer (Knowledge) need not know the reader (Answering implements it).
/// </summary>
public interface IKnowledgeChanged
{
    void OnKnowledgeChanged();
}

public static class KnowledgeChangedExtensions
{
    /// <summary>Tells every reader (none is fine: the command line runs without the answering cache).</summary>
    public static void NotifyAll(this IEnumerable<IKnowledgeChanged> readers)
    {
        foreach (var reader in readers)
        {
            reader.OnKnowledgeChanged();
        }
    }
}
