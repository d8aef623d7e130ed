namespace BfcNetwork.BuildingBlocks;

public static class ExceptionChainExtensions
{
    /// <summary>
    /// Whether the exception or any exception it wraps matches: EF Core, MassTransit and Npgsql wrap
    /// the cause that decides how to answer (a PostgreSQL error, a serialization failure) in their own.
    /// </summary>
    public static bool AnyInChain(this Exception exception, Func<Exception, bool> match)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (match(current))
            {
                return true;
            }
        }

        return false;
    }
}
