namespace BfcNetwork.Testing;

/// <summary>How a finished helper command ended, with its interleaved standard output and error.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
