global using ExchangeTransition = BfcNetwork.BuildingBlocks.Domain.StatusTransition<BfcNetwork.Mobility.Domain.ExchangeStatus>;
