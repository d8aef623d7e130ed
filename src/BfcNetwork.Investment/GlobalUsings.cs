global using StageChange = BfcNetwork.BuildingBlocks.Domain.StatusTransition<BfcNetwork.Investment.Domain.LeadStage>;
