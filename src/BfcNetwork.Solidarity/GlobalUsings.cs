global using ProjectTransition = BfcNetwork.BuildingBlocks.Domain.StatusTransition<BfcNetwork.Solidarity.Domain.ProjectStatus>;
