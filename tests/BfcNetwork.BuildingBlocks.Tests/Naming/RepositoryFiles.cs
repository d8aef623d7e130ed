namespace BfcNetwork.BuildingBlocks.Tests.Naming;

/// <summary>Files of the repository this test run was built from, found by walking up to the solution.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BfcNetwork.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No BfcNetwork.sln above {AppContext.BaseDirectory}.");
    }
}
