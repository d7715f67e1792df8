using AgriPole.Cms.Core.PublishedCache;

namespace AgriPole.Cms.Search.Tests.Support;

/// <summary>A bilingual site in the cluster's words: the pages the relevance tests expect to come first.</summary>
public static class SiteCorpus
{
    public static readonly PublishedContent Home = Node.Of("home")
        .Fr("Accueil", "/", ("title", "Agri Sud-Ouest Innovation"), ("intro", "Le pôle de compétitivité de l'agriculture et de l'agroalimentaire du Sud-Ouest."))
        .En("Home", "/", ("title", "Agri Sud-Ouest Innovation"), ("intro", "The competitiveness cluster for agriculture and agri-food in south-west France."))
        .Build();

    public static readonly PublishedContent WhyJoin = Node.Of("contentPage").Under(Home)
        .Fr("Pourquoi adhérer ?", "/pourquoi-adherer/",
            ("title", "Pourquoi adhérer au pôle ?"),
            ("summary", "Les avantages de l'adhésion pour les entreprises, laboratoires et centres de formation."),
            ("body", "<p>Adhérer, c'est rejoindre un réseau de <strong>400 membres</strong> &amp; accéder aux appels à projets.</p>"))
        .En("Why join?", "/why-join/",
            ("title", "Why join the cluster?"),
            ("summary", "What members gain: a network, project support and visibility."),
            ("body", "<p>Companies that joined the cluster's network meet research labs and training centres.</p>"))
        .Build();

    public static readonly PublishedContent Competitiveness = Node.Of("contentPage").Under(Home)
        .Fr("La politique des pôles", "/la-politique-des-poles/",
            ("title", "La politique des pôles de compétitivité"),
            ("summary", "Depuis 2005, l'État soutient les pôles pour renforcer la compétitivité de l'économie."),
            ("body", "<p>La phase 5 de la politique des pôles court jusqu'en 2026.</p>"),
            ("sections", new object[]
            {
                new { key = Guid.NewGuid(), contentType = "richTextBlock", values = new { text = "<p>Les <em>feuilles de route</em> régionales et la labellisation des projets.</p>" } },
                new { key = Guid.NewGuid(), contentType = "callToActionBlock", values = new { title = "Télécharger le cahier des charges", text = "Document officiel de la labellisation", link = new[] { new { name = "PDF", url = "https://example.org/x.pdf" } } } },
            }))
        .En("Cluster policy", "/cluster-policy/",
            ("title", "The French competitiveness cluster policy"),
            ("summary", "Since 2005 the State has supported clusters to strengthen the economy's competitiveness."),
            ("body", "<p>Phase 5 of the policy runs until 2026.</p>"))
        .Build();

    public static readonly PublishedContent Irrigation = Node.Of("newsItem").Under(Home)
        .Fr("Irrigation de précision", "/actualites/irrigation-de-precision/",
            ("title", "Irrigation de précision : un projet labellisé"),
            ("summary", "Des capteurs connectés pour économiser l'eau dans les vergers."),
            ("body", "<p>Le projet réunit une coopérative et un laboratoire de recherche.</p>"))
        .En("Precision irrigation", "/news/precision-irrigation/",
            ("title", "Precision irrigation: a certified project"),
            ("summary", "Connected sensors save water in orchards."),
            ("body", "<p>The project brings together a cooperative and a research lab.</p>"))
        .Invariant("tags", new[] { "eau", "numérique" })
        .Build();

    public static readonly PublishedContent Members = Node.Of("membersDirectory").Under(Home)
        .Fr("Les membres", "/membres/", ("title", "Annuaire des membres"), ("intro", "Entreprises, laboratoires et centres de formation du réseau."))
        .En("Members", "/members/", ("title", "Members directory"), ("intro", "Companies, labs and training centres of the network."))
        .Build();

    public static readonly PublishedContent Cooperative = Member("Coopérative Exemple des Coteaux", "cooperative", "32 - Gers",
        "Coopérative céréalière engagée dans l'agriculture de conservation.", "Grain cooperative committed to conservation agriculture.");

    public static readonly PublishedContent Lab = Member("Laboratoire Exemple Agrobiotech", "researchLab", "31 - Haute-Garonne",
        "Laboratoire de recherche en biotechnologies végétales.", "Research lab in plant biotechnology.");

    public static readonly PublishedContent Startup = Member("Agritech Exemple", "company", "31 - Haute-Garonne",
        "Jeune entreprise de robotique pour le maraîchage.", "Start-up building robots for market gardening.");

    /// <summary>Published in French only: its English draft must never be found.</summary>
    public static readonly PublishedContent FrenchOnly = Node.Of("contentPage").Under(Home)
        .Fr("Mentions légales", "/mentions-legales/", ("title", "Mentions légales"), ("summary", "Éditeur du site et hébergeur."))
        .Build();

    public static readonly PublishedContent NotFound = Node.Of("errorPage").Under(Home)
        .Fr("Page introuvable", "/page-introuvable/", ("title", "Page introuvable"), ("body", "<p>Cette page adhérer n'existe pas.</p>"))
        .Build();

    public static readonly PublishedContent Hidden = Node.Of("contentPage").Under(Home)
        .Fr("Page cachée", "/page-cachee/", ("title", "Page cachée de test"), ("summary", "Ne pas indexer cette page."))
        .Invariant("noIndex", true)
        .Build();

    public static TestSnapshot Snapshot() =>
        new([Home, WhyJoin, Competitiveness, Irrigation, Members, Cooperative, Lab, Startup, FrenchOnly, NotFound, Hidden]);

    private static PublishedContent Member(string name, string kind, string department, string fr, string en) =>
        Node.Of("member").Under(Members)
            .Fr(name, $"/membres/{Guid.NewGuid():N}/", ("description", fr))
            .En(name, $"/members/{Guid.NewGuid():N}/", ("description", en))
            .Invariant("organisationName", name)
            .Invariant("kind", new[] { kind })
            .Invariant("department", new[] { department })
            .Build();
}
