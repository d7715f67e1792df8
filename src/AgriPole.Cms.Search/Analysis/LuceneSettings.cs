using Lucene.Net.Util;

namespace AgriPole.Cms.Search.Analysis;

internal static class LuceneSettings
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
