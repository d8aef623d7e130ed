using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.CrossBorder.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.CrossBorder.Infrastructure.Configurations;

internal sealed class ProjectTransitionConfiguration : IEntityTypeConfiguration<ProjectTransition>
{
    public void Configure(EntityTypeBuilder<ProjectTransition> transition) =>
        transition.ToStatusHistory("project_transitions", "project_id", ProjectLimits.NoteLength);
}
