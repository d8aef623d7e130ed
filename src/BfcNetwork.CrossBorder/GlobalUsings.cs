global using ProjectTransition = BfcNetwork.BuildingBlocks.Domain.StatusTransition<BfcNetwork.CrossBorder.Domain.ProjectStatus>;
