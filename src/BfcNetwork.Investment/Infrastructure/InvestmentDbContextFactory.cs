using BfcNetwork.BuildingBlocks.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BfcNetwork.Investment.Infrastructure;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without starting the service (which
/// needs a database and a broker). The connection string is never opened for that command.
/// </summary>
internal sealed class InvestmentDbContextFactory : IDesignTimeDbContextFactory<InvestmentDbContext>
{
    public InvestmentDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<InvestmentDbContext>()
        .UseNpgsql($"Host=localhost;Database={ResourceNames.InvestmentDatabase}")
        .UseSnakeCaseNamingConvention()
        .Options);
}
