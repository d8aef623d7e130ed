using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Persistence;

namespace BfcNetwork.Solidarity.Infrastructure;

/// <summary>The model for <c>dotnet ef</c>, without a running service.</summary>
internal sealed class SolidarityDbContextFactory()
    : DesignTimeDbContextFactory<SolidarityDbContext>(ResourceNames.SolidarityDatabase, options => new SolidarityDbContext(options));
