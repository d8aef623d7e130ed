namespace BfcNetwork.BuildingBlocks.Http;

/// <summary>
/// Field-level validation failures, keyed by the JSON path of the field (<c>budget.requestedGrant</c>),
/// collected all at once so the caller sees every problem in one 400 response.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
        return this;
    }

    public ValidationErrors AddIf(bool condition, string field, string message) => condition ? Add(field, message) : this;

    /// <summary>A text field that must be present, non-blank and at most <paramref name="maxLength"/> characters.</summary>
    public ValidationErrors RequireText(string? value, string field, int maxLength) => string.IsNullOrWhiteSpace(value)
        ? Add(field, "This field is required.")
        : LimitText(value, field, maxLength);

    /// <summary>An optional text field of at most <paramref name="maxLength"/> characters.</summary>
    public ValidationErrors LimitText(string? value, string field, int maxLength) =>
        AddIf(value?.Length > maxLength, field, $"At most {maxLength} characters.");

    public ValidationErrors Merge(ValidationErrors other)
    {
        if (ReferenceEquals(other, this))
        {
            return this;
        }

        foreach (var (field, messages) in other._errors)
        {
            messages.ForEach(message => Add(field, message));
        }

        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
