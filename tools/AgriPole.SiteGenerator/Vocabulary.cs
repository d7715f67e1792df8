namespace AgriPole.SiteGenerator;

/// <summary>Bilingual word pairs the generated names and texts are made of (agriculture and agri-food themes).</summary>
internal static class Vocabulary
{
    public static readonly (string Fr, string En)[] Topics =
    [
        ("Irrigation", "Irrigation"), ("Agroécologie", "Agroecology"), ("Viticulture", "Viticulture"),
        ("Élevage", "Livestock"), ("Semences", "Seeds"), ("Sols vivants", "Living soils"),
        ("Robotique agricole", "Agricultural robotics"), ("Biocontrôle", "Biocontrol"), ("Agroforesterie", "Agroforestry"),
        ("Méthanisation", "Anaerobic digestion"), ("Circuits courts", "Short supply chains"), ("Emballages", "Packaging"),
        ("Nutrition animale", "Animal nutrition"), ("Qualité de l'eau", "Water quality"), ("Grandes cultures", "Field crops"),
        ("Maraîchage", "Market gardening"), ("Arboriculture", "Fruit growing"), ("Oléagineux", "Oilseeds"),
        ("Fermentation", "Fermentation"), ("Capteurs", "Sensors"), ("Données agricoles", "Farm data"),
        ("Climat", "Climate"), ("Carbone", "Carbon"), ("Protéines végétales", "Plant proteins"),
    ];

    public static readonly (string Fr, string En)[] Kinds =
    [
        ("Projet", "Project"), ("Programme", "Programme"), ("Atelier", "Workshop"), ("Étude", "Study"),
        ("Filière", "Sector"), ("Démonstrateur", "Demonstrator"), ("Guide", "Guide"), ("Appel à projets", "Call for projects"),
    ];

    public static readonly (string Fr, string En)[] Qualifiers =
    [
        ("durable", "sustainable"), ("régional", "regional"), ("collaboratif", "collaborative"), ("innovant", "innovative"),
        ("expérimental", "experimental"), ("numérique", "digital"), ("territorial", "local"), ("partagé", "shared"),
    ];

    public static readonly string[] Places =
    [
        "Toulouse", "Bordeaux", "Montauban", "Agen", "Auch", "Pau", "Albi", "Rodez", "Cahors", "Tarbes", "Mont-de-Marsan", "Périgueux",
    ];

    public static readonly string[] Departments =
    [
        "09 - Ariège", "11 - Aude", "12 - Aveyron", "24 - Dordogne", "31 - Haute-Garonne", "32 - Gers", "33 - Gironde",
        "40 - Landes", "46 - Lot", "47 - Lot-et-Garonne", "64 - Pyrénées-Atlantiques", "65 - Hautes-Pyrénées", "81 - Tarn",
        "82 - Tarn-et-Garonne",
    ];

    public static readonly string[] MemberKinds = ["company", "smeMidCap", "researchLab", "trainingCentre", "cooperative", "other"];

    public static readonly (string Fr, string En)[] Sentences =
    [
        ("Les partenaires du pôle mutualisent leurs essais au champ pour accélérer le transfert vers les exploitations.",
         "The cluster's partners pool their field trials to speed up transfer to farms."),
        ("Le consortium réunit des entreprises, des laboratoires et des centres de formation du Sud-Ouest.",
         "The consortium brings together companies, laboratories and training centres of the South-West."),
        ("Les résultats sont publiés en accès ouvert et présentés lors des journées techniques.",
         "Results are published openly and presented at the technical days."),
        ("Un comité de pilotage suit les indicateurs environnementaux et économiques du projet.",
         "A steering committee follows the project's environmental and economic indicators."),
        ("Les exploitations pilotes testent les solutions sur plusieurs saisons culturales.",
         "Pilot farms test the solutions over several growing seasons."),
        ("Le financement associe la Région, l'État et des fonds européens.",
         "Funding combines the Region, the State and European funds."),
    ];
}
