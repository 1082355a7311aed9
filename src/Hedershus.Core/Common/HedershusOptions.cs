namespace Hedershus.Core.Common;

/// <summary>The "Hedershus" configuration section: where things live and which cultures exist.</summary>
public sealed class HedershusOptions
{
    public const string Section = "Hedershus";

    /// <summary>Runtime data (database file, index, media, mail pickup). Relative paths resolve against the project root.</summary>
    public string DataPath { get; set; } = "umbraco/Data";

    /// <summary>Document-type definitions (checked in).</summary>
    public string ModelsPath { get; set; } = "umbraco/models";

    /// <summary>Seed content packages (checked in), imported on first start.</summary>
    public string ContentPath { get; set; } = "umbraco/content";

    /// <summary>Import the seed content on first start.</summary>
    public bool ImportSeedOnStart { get; set; } = true;

    /// <summary>The default culture, served at "/".</summary>
    public string DefaultCulture { get; set; } = "sv";

    /// <summary>Every culture the hub knows, by ISO code.</summary>
    public List<CultureDefinition> Cultures { get; set; } = [];

    /// <summary>Culture fallbacks, e.g. "ckb" → "sv": a missing translation is served from the fallback.</summary>
    public Dictionary<string, string> CultureFallbacks { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public AdminOptions Admin { get; set; } = new();

    /// <summary>How long a stopping node waits for running requests and jobs to finish.</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Run one compacting garbage collection after start-up and after a full search index rebuild, so the process
    /// does not keep their garbage committed (see <see cref="MemoryCompactor"/>).
    /// </summary>
    public bool CompactMemoryAfterBulkWork { get; set; } = true;

    public static IReadOnlyList<CultureDefinition> DefaultCultures { get; } =
    [
        new() { Code = "sv", NativeName = "Svenska" },
        new() { Code = "en", NativeName = "English" },
        new() { Code = "ar", NativeName = "العربية", RightToLeft = true },
        new() { Code = "fa", NativeName = "فارسی", RightToLeft = true },
        new() { Code = "so", NativeName = "Soomaali" },
        new() { Code = "ckb", NativeName = "کوردیی ناوەندی", RightToLeft = true },
        new() { Code = "kmr", NativeName = "Kurmancî" },
        new() { Code = "ti", NativeName = "ትግርኛ" },
        new() { Code = "tr", NativeName = "Türkçe" },
        new() { Code = "sv-x-lattlast", NativeName = "Lättläst svenska", LanguageTag = "sv" },
    ];

    public IReadOnlyList<CultureDefinition> EffectiveCultures => Cultures.Count > 0 ? Cultures : DefaultCultures;
}

/// <summary>A culture the hub serves.</summary>
public sealed class CultureDefinition
{
    public string Code { get; set; } = "";
    public string NativeName { get; set; } = "";
    public bool RightToLeft { get; set; }

    /// <summary>The value of the HTML lang attribute when it differs from <see cref="Code"/>.</summary>
    public string? LanguageTag { get; set; }
}

/// <summary>The first administrator, created on first start when no user exists.</summary>
public sealed class AdminOptions
{
    public string Email { get; set; } = "admin@hedershus.local";
    public string? Password { get; set; }
}
