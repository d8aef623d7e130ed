using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Persistence;

namespace BfcNetwork.Mobility.Infrastructure;

/// <summary>The model for <c>dotnet ef</c>, without a running service.</summary>
internal sealed class MobilityDbContextFactory()
    : DesignTimeDbContextFactory<MobilityDbContext>(ResourceNames.MobilityDatabase, options => new MobilityDbContext(options));
