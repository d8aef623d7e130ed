using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BfcNetwork.BuildingBlocks.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's model without starting the service (which
/// needs a database and a broker). The connection string is never opened for that command. A
/// service derives one class from it, naming its database.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext>(string databaseName, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => create(new DbContextOptionsBuilder<TContext>()
        .UseNpgsql($"Host=localhost;Database={databaseName}")
        .UseSnakeCaseNamingConvention()
        .Options);
}
