using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.Solidarity.Domain;

/// <summary>What must hold when an association files its application, beyond what a draft needs.</summary>
public static class SubmissionRules
{
    public static ValidationErrors Check(SolidarityProject project, GrantRules grantRules, DateOnly today)
    {
        var errors = grantRules.Check(project.Budget, project.InvolvesInternationalVolunteers);

        // The Region funds projects that have not started yet: the application comes first.
        errors.AddIf(project.StartDate < today, "startDate", "The application must be filed before the project starts.");
        errors.AddIf(project.Sdgs.Count == 0, "sdgs", "Name at least one Sustainable Development Goal.");

        var financing = project.Budget.OwnFunds + project.CoFunders.Sum(c => c.Amount) + project.Budget.RequestedGrant;
        errors.AddIf(financing != project.Budget.EligibleCosts, "budget",
            $"Own funds, co-funders and the requested grant ({financing:0.00} EUR) must equal eligible costs ({project.Budget.EligibleCosts:0.00} EUR).");
        return errors;
    }
}
