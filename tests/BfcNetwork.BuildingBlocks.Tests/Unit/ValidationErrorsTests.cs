using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void New_errors_are_empty()
    {
        var errors = new ValidationErrors();

        Assert.True(errors.IsEmpty);
        Assert.Empty(errors.ToDictionary());
    }

    [Fact]
    public void Several_messages_for_one_field_are_kept_in_order()
    {
        var errors = new ValidationErrors()
            .Add("title", "The title is required.")
            .AddIf(false, "title", "Never added.")
            .AddIf(true, "title", "The title is too short.");

        Assert.False(errors.IsEmpty);
        Assert.Equal(["The title is required.", "The title is too short."], errors.ToDictionary()["title"]);
    }

    [Fact]
    public void Merging_adds_the_other_s_fields_and_appends_to_shared_ones()
    {
        var errors = new ValidationErrors().Add("budget.requestedGrant", "Over half the eligible costs.");
        var other = new ValidationErrors()
            .Add("budget.requestedGrant", "Over 30 000 EUR.")
            .Add("sdgs", "Pick at least one goal.");

        errors.Merge(other);

        var merged = errors.ToDictionary();
        Assert.Equal(["Over half the eligible costs.", "Over 30 000 EUR."], merged["budget.requestedGrant"]);
        Assert.Equal(["Pick at least one goal."], merged["sdgs"]);
        Assert.Equal(["Over 30 000 EUR."], other.ToDictionary()["budget.requestedGrant"]);
    }

    [Fact]
    public void Merging_nothing_changes_nothing()
    {
        var errors = new ValidationErrors();

        Assert.Same(errors, errors.Merge(new ValidationErrors()));
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void Field_names_are_case_sensitive_json_paths()
    {
        var errors = new ValidationErrors().Add("title", "a").Add("Title", "b");

        Assert.Equal(2, errors.ToDictionary().Count);
    }

    [Fact]
    public void The_dictionary_is_a_snapshot()
    {
        var errors = new ValidationErrors().Add("title", "a");
        var snapshot = errors.ToDictionary();

        errors.Add("title", "b");

        Assert.Equal(["a"], snapshot["title"]);
    }
}
