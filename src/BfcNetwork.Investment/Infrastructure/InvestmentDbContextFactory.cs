using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Persistence;

namespace BfcNetwork.Investment.Infrastructure;

/// <summary>The model for <c>dotnet ef</c>, without a running service.</summary>
internal sealed class InvestmentDbContextFactory()
    : DesignTimeDbContextFactory<InvestmentDbContext>(ResourceNames.InvestmentDatabase, options => new InvestmentDbContext(options));
