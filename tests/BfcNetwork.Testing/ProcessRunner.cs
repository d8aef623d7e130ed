using System.Diagnostics;

namespace BfcNetwork.Testing;

/// <summary>Runs short-lived helper commands (initdb, pg_ctl, chown, rabbitmqctl) with a time limit.</summary>
internal static class ProcessRunner
{
    public static ProcessStartInfo CreateStartInfo(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        ProcessStartInfo info = new(fileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (environment is not null)
        {
            foreach ((string name, string? value) in environment)
            {
                if (value is null)
                {
                    info.Environment.Remove(name);
                }
                else
                {
                    info.Environment[name] = value;
                }
            }
        }

        return info;
    }

    /// <summary>Starts a process whose output is drained into <paramref name="output"/> and whose input is closed.</summary>
    public static Process Start(ProcessStartInfo info, OutputTail output)
    {
        Process process = new() { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();
            return process;
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken ct,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        ProcessStartInfo info = CreateStartInfo(fileName, arguments, workingDirectory, environment);
        OutputTail output = new(400);
        using Process process = Start(info, output);
        using CancellationTokenSource limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        // WaitForExitAsync also waits for the output pipes to close; a daemon that inherited them
        // must not make a finished command look hung.
        catch (OperationCanceledException) when (process.HasExited)
        {
        }
        catch (OperationCanceledException)
        {
            TryKill(process);
            ct.ThrowIfCancellationRequested();
            throw new TimeoutException(
                $"'{fileName} {string.Join(' ', info.ArgumentList)}' did not finish within {timeout}.{Environment.NewLine}{output}");
        }

        return new ProcessResult(process.ExitCode, output.ToString());
    }

    public static void TryKill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
        }
    }
}
