namespace BfcNetwork.Testing;

/// <summary>A server's private folder under <c>$TMPDIR/bfcnetwork-tests/</c>, tagged with the PID of the process that owns it.</summary>
internal sealed class ScratchDirectory
{
    public const string OwnerFileName = "owner.pid";

    private ScratchDirectory(string path)
    {
        FullPath = path;
    }

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "bfcnetwork-tests");

    public string FullPath { get; }

    public static ScratchDirectory Create(string kind)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Throwaway test servers need Linux (they drive /proc, POSIX signals and Debian's server packages).");
        }

        EnsureRoot();
        StaleServerSweeper.SweepOnce();
        string path = Path.Combine(Root, $"{kind}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, OwnerFileName), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new ScratchDirectory(path);
    }

    public string Combine(string name)
    {
        return Path.Combine(FullPath, name);
    }

    /// <summary>Deletes the folder, retrying briefly while a dying server still writes to it; never throws.</summary>
    public void TryDelete()
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(FullPath))
                {
                    Directory.Delete(FullPath, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static void EnsureRoot()
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(Root))
        {
            return;
        }

        Directory.CreateDirectory(Root);
        try
        {
            // Sticky and world-writable like /tmp: root-run and user-run test hosts share the folder.
            File.SetUnixFileMode(Root, (UnixFileMode)0b1_111_111_111);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
