namespace BfcNetwork.Testing;

/// <summary>Locates the PostgreSQL server programs: <c>pg_ctl</c> on PATH first, else the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
internal static class PostgresBinaries
{
    public static string LocateBinDirectory()
    {
        string? onPath = ExecutableLocator.FindOnPath("pg_ctl");
        if (onPath is not null)
        {
            // Debian's /usr/bin/pg_ctl-style symlinks point into the versioned folder that also holds initdb.
            foreach (string candidate in new[] { ExecutableLocator.ResolveLinks(onPath), onPath })
            {
                string? directory = Path.GetDirectoryName(candidate);
                if (directory is not null && File.Exists(Path.Combine(directory, "initdb")))
                {
                    return directory;
                }
            }
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            string? newest = Directory.EnumerateDirectories(debianRoot)
                .Select(version => (Version: int.TryParse(Path.GetFileName(version), out int number) ? number : -1, Bin: Path.Combine(version, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "pg_ctl")) && File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries not found: put pg_ctl and initdb on PATH or install postgresql (Debian: /usr/lib/postgresql/<version>/bin).");
    }
}
