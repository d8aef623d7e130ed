using BfcNetwork.BuildingBlocks.Hosting;
using BfcNetwork.BuildingBlocks.Persistence;

namespace BfcNetwork.CrossBorder.Infrastructure;

/// <summary>The model for <c>dotnet ef</c>, without a running service.</summary>
internal sealed class CrossBorderDbContextFactory()
    : DesignTimeDbContextFactory<CrossBorderDbContext>(ResourceNames.CrossBorderDatabase, options => new CrossBorderDbContext(options));
