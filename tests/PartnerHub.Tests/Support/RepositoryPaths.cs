namespace PartnerHub.Tests.Support;

public static class RepositoryPaths
{
    /// <summary>The checkout's root: the folder that holds PartnerHub.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnerHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PartnerHub.sln not found above " + AppContext.BaseDirectory);
    }
}
