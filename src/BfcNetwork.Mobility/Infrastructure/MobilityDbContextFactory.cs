using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BfcNetwork.Mobility.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the service (which
/// needs a database and a broker). The connection string is never opened for that command.
/// </summary>
internal sealed class MobilityDbContextFactory : IDesignTimeDbContextFactory<MobilityDbContext>
{
    public MobilityDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<MobilityDbContext>()
        .UseNpgsql("Host=localhost;Database=mobilitydb")
        .UseSnakeCaseNamingConvention()
        .Options);
}
