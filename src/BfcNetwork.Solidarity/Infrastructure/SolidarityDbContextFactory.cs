using BfcNetwork.BuildingBlocks.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BfcNetwork.Solidarity.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the service (which
/// needs a database and a broker). The connection string is never opened for that command.
/// </summary>
internal sealed class SolidarityDbContextFactory : IDesignTimeDbContextFactory<SolidarityDbContext>
{
    public SolidarityDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<SolidarityDbContext>()
        .UseNpgsql($"Host=localhost;Database={ResourceNames.SolidarityDatabase}")
        .UseSnakeCaseNamingConvention()
        .Options);
}
