using BfcNetwork.BuildingBlocks.Persistence;
using BfcNetwork.Solidarity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BfcNetwork.Solidarity.Infrastructure.Configurations;

internal sealed class ProjectTransitionConfiguration : IEntityTypeConfiguration<ProjectTransition>
{
    // The column keeps its first name, "comment", as the API calls it.
    public void Configure(EntityTypeBuilder<ProjectTransition> transition) =>
        transition.ToStatusHistory("project_transitions", "project_id", ProjectLimits.CommentLength, noteColumn: "comment");
}
