using System.ComponentModel.DataAnnotations;

namespace PartnerHub.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default) or SqlServer (production).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string for the chosen provider.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=db/local/partnerhub.db";

    /// <summary>Apply pending migrations at start-up. Turn off where a DBA applies the scripts in db/scripts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed the demo organisations, customers and users into an empty database.</summary>
    public bool SeedDemoData { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
