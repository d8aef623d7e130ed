using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class ExchangeTransitionConfiguration : IEntityTypeConfiguration<ExchangeTransition>
{
    public void Configure(EntityTypeBuilder<ExchangeTransition> transition) =>
        transition.ToStatusHistory("exchange_transitions", "exchange_id", ExchangeLimits.NoteLength);
}
