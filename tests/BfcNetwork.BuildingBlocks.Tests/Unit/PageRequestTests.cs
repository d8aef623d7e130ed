using BfcNetwork.BuildingBlocks.Http;

namespace BfcNetwork.BuildingBlocks.Tests.Unit;

public sealed class PageRequestTests
{
    [Fact]
    public void Without_parameters_the_first_page_of_the_default_size_is_read()
    {
        var errors = new ValidationErrors();

        var page = PageRequest.Create(null, null, errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal((1, PageRequest.DefaultPageSize, 0), (page.Page, page.PageSize, page.Skip));
    }

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(3, 20, 40)]
    [InlineData(2, PageRequest.MaxPageSize, PageRequest.MaxPageSize)]
    public void Pages_within_bounds_are_accepted_and_skip_the_pages_before_them(int number, int size, int skip)
    {
        var errors = new ValidationErrors();

        var page = PageRequest.Create(number, size, errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(skip, page.Skip);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Pages_are_numbered_from_one(int number)
    {
        var errors = new ValidationErrors();

        PageRequest.Create(number, null, errors);

        Assert.Equal(["page"], errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PageRequest.MaxPageSize + 1)]
    public void A_page_size_outside_one_to_the_maximum_is_refused(int size)
    {
        var errors = new ValidationErrors();

        PageRequest.Create(null, size, errors);

        Assert.Equal(["pageSize"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Both_bad_parameters_are_reported_together_next_to_earlier_errors()
    {
        var errors = new ValidationErrors().Add("status", "Unknown status.");

        PageRequest.Create(0, 0, errors);

        Assert.Equal(["status", "page", "pageSize"], errors.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(int.MaxValue, PageRequest.MaxPageSize)]
    [InlineData(int.MaxValue / 20, 100)]
    [InlineData(21_474_837, 100)]
    public void A_page_far_beyond_any_list_never_skips_backwards(int number, int size)
    {
        var errors = new ValidationErrors();

        var page = PageRequest.Create(number, size, errors);

        // Either refused as a bad request or an offset past the end (an empty page), never a negative offset (a 500).
        Assert.True(!errors.IsEmpty || page.Skip >= 0, $"page {number} of {size} skips {page.Skip}");
    }
}
