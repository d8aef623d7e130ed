using BfcNetwork.BuildingBlocks.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BfcNetwork.CrossBorder.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the service (which
/// needs a database and a broker). The connection string is never opened for that command.
/// </summary>
internal sealed class CrossBorderDbContextFactory : IDesignTimeDbContextFactory<CrossBorderDbContext>
{
    public CrossBorderDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<CrossBorderDbContext>()
        .UseNpgsql($"Host=localhost;Database={ResourceNames.CrossBorderDatabase}")
        .UseSnakeCaseNamingConvention()
        .Options);
}
