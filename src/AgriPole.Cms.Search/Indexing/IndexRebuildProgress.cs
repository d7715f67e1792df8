namespace AgriPole.Cms.Search.Indexing;

/// <summary>Progress of a full rebuild: nodes read from the snapshot so far, of how many, and documents written.</summary>
public readonly record struct IndexRebuildProgress(int NodesDone, int NodesTotal, int DocumentsWritten);
