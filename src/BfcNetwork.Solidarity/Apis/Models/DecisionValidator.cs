using BfcNetwork.BuildingBlocks.Http;
using BfcNetwork.Solidarity.Domain;

namespace BfcNetwork.Solidarity.Apis.Models;

public static class DecisionValidator
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string RequestChanges = "request-changes";

    public static ValidationErrors Validate(DecisionRequest request, SolidarityProject project)
    {
        var errors = new ValidationErrors();
        switch (request.Outcome)
        {
            case Approve:
                if (request.GrantAmount is not { } grant)
                {
                    errors.Add("grantAmount", "An approval states the granted amount.");
                }
                else
                {
                    errors.AddIf(grant <= 0, "grantAmount", "The granted amount must be positive.");
                    errors.AddIf(grant > project.Budget.RequestedGrant, "grantAmount",
                        $"The granted amount may not exceed the requested {project.Budget.RequestedGrant:0.00} EUR.");
                    errors.AddIf(decimal.Round(grant, 2) != grant, "grantAmount", "Amounts are in EUR with at most two decimals.");
                }

                break;
            case Reject or RequestChanges:
                errors.AddIf(string.IsNullOrWhiteSpace(request.Comment), "comment", "Say why, for the association.");
                errors.AddIf(request.GrantAmount is not null, "grantAmount", "Only an approval carries a granted amount.");
                break;
            default:
                errors.Add("outcome", $"Use {Approve}, {Reject} or {RequestChanges}.");
                break;
        }

        return errors;
    }
}
