using BfcNetwork.Mobility.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Mobility.Infrastructure.Configurations;

internal sealed class ExchangeConfiguration : IEntityTypeConfiguration<Exchange>
{
    public void Configure(EntityTypeBuilder<Exchange> exchange)
    {
        exchange.ToTable("exchanges");
        exchange.HasKey(e => e.Id);
        exchange.Property(e => e.Id).ValueGeneratedNever();
        exchange.Property(e => e.Version).IsRowVersion();
        exchange.Property(e => e.OrganisationId).HasMaxLength(ExchangeLimits.OrganisationIdLength);
        exchange.Property(e => e.Title).HasMaxLength(ExchangeLimits.TitleLength);
        exchange.Property(e => e.Programme).HasConversion<string>().HasMaxLength(32);
        exchange.Property(e => e.Direction).HasConversion<string>().HasMaxLength(16);
        exchange.Property(e => e.Category).HasConversion<string>().HasMaxLength(16);
        exchange.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        exchange.Property(e => e.GrantEur).HasColumnName("grant_eur");
        exchange.ComplexProperty(e => e.Sending, PlaceColumns);
        exchange.ComplexProperty(e => e.Receiving, PlaceColumns);

        exchange.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.ExchangeId).OnDelete(DeleteBehavior.Cascade);
        exchange.Navigation(e => e.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        exchange.HasMany(e => e.Transitions).WithOne().HasForeignKey(t => t.SubjectId)
            .HasConstraintName("fk_exchange_transitions_exchanges_exchange_id").OnDelete(DeleteBehavior.Cascade);
        exchange.Navigation(e => e.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        exchange.OwnsMany(e => e.Tallies, tally =>
        {
            tally.ToTable("exchange_participant_tallies");
            tally.WithOwner().HasForeignKey("ExchangeId");
            tally.HasKey("ExchangeId", nameof(ParticipantTally.Category));
            tally.Property(t => t.Category).HasConversion<string>().HasMaxLength(16);
        });
        exchange.Navigation(e => e.Tallies).UsePropertyAccessMode(PropertyAccessMode.Field);

        exchange.HasIndex(e => new { e.OrganisationId, e.StartDate });
        // Public statistics read a year of exchanges at a time.
        exchange.HasIndex(e => new { e.StartDate, e.Status });
    }

    private static void PlaceColumns(ComplexPropertyBuilder<Place> place)
    {
        place.Property(p => p.OrganisationName).HasMaxLength(ExchangeLimits.NameLength);
        place.Property(p => p.Country).HasMaxLength(ExchangeLimits.CountryLength);
        place.Property(p => p.City).HasMaxLength(ExchangeLimits.CityLength);
    }
}
