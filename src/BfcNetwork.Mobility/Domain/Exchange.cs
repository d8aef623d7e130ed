using BfcNetwork.BuildingBlocks.Domain;

namespace BfcNetwork.Mobility.Domain;

/// <summary>
/// A mobility exchange of one organisation (school, university, CFA, employment agency) and its
/// lifecycle. Participants of an individual exchange are pseudonymous records; a group exchange
/// keeps counts only.
/// </summary>
public sealed class Exchange
{
    private static readonly Dictionary<ExchangeStatus, ExchangeStatus[]> Allowed = new()
    {
        [ExchangeStatus.Draft] = [ExchangeStatus.Planned, ExchangeStatus.Cancelled],
        [ExchangeStatus.Planned] = [ExchangeStatus.Confirmed, ExchangeStatus.Cancelled],
        [ExchangeStatus.Confirmed] = [ExchangeStatus.InProgress, ExchangeStatus.Cancelled],
        [ExchangeStatus.InProgress] = [ExchangeStatus.Completed, ExchangeStatus.Cancelled],
        [ExchangeStatus.Completed] = [],
        [ExchangeStatus.Cancelled] = [],
    };

    private readonly List<Participant> _participants = [];
    private readonly List<ParticipantTally> _tallies = [];
    private readonly List<ExchangeTransition> _transitions = [];

    private Exchange()
    {
    }

    public Guid Id { get; private set; }

    public string OrganisationId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public MobilityProgramme Programme { get; private set; }

    public ExchangeDirection Direction { get; private set; }

    public ParticipantCategory Category { get; private set; }

    public bool IsGroup { get; private set; }

    public Place Sending { get; private set; } = null!;

    public Place Receiving { get; private set; } = null!;

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public bool GreenTravel { get; private set; }

    public decimal GrantEur { get; private set; }

    public Guid? HostId { get; private set; }

    public int AccompanyingAdults { get; private set; }

    /// <summary>A group with members under 18: one consent per family must be on file before confirmation.</summary>
    public bool GroupIncludesMinors { get; private set; }

    public bool GroupParentalConsentsRecorded { get; private set; }

    public ExchangeStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<Participant> Participants => _participants;

    public IReadOnlyList<ParticipantTally> Tallies => _tallies;

    public IReadOnlyList<ExchangeTransition> Transitions => _transitions;

    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;

    public int ParticipantCount => _tallies.Sum(t => t.Participants);

    public int FewerOpportunitiesCount => _tallies.Sum(t => t.FewerOpportunities);

    /// <summary>The partner country: where outgoing participants go, where incoming ones come from.</summary>
    public string PartnerCountry => Direction == ExchangeDirection.Outgoing ? Receiving.Country : Sending.Country;

    public static Exchange CreateDraft(string organisationId, ExchangeDetails details, GroupComposition? group, string createdBy, DateTimeOffset at)
    {
        var exchange = new Exchange
        {
            Id = Guid.NewGuid(),
            OrganisationId = organisationId,
            Title = details.Title,
            Programme = details.Programme,
            Direction = details.Direction,
            Category = details.Category,
            IsGroup = details.IsGroup,
            Sending = details.Sending,
            Receiving = details.Receiving,
            StartDate = details.StartDate,
            EndDate = details.EndDate,
            GreenTravel = details.GreenTravel,
            GrantEur = details.GrantEur,
            HostId = details.HostId,
            Status = ExchangeStatus.Draft,
            CreatedAt = at,
            UpdatedAt = at,
        };
        if (details.IsGroup)
        {
            var composition = group ?? throw new InvalidOperationException("A group exchange is created with its composition.");
            exchange._tallies.AddRange(composition.Tallies.Select(t => new ParticipantTally(t.Category, t.Participants, t.FewerOpportunities)));
            exchange.AccompanyingAdults = composition.AccompanyingAdults;
            exchange.GroupIncludesMinors = composition.YoungestAge < 18;
        }

        exchange._transitions.Add(new ExchangeTransition(exchange.Id, null, ExchangeStatus.Draft, createdBy, at, null));
        return exchange;
    }

    public bool CanMoveTo(ExchangeStatus to) => Allowed[Status].Contains(to);

    /// <summary>Takes one lifecycle step; the caller has checked the step's own requirements (<see cref="ExchangeRules.CheckTransition"/>).</summary>
    public void MoveTo(ExchangeStatus to, string by, DateTimeOffset at, string? note)
    {
        if (!CanMoveTo(to))
        {
            throw new DomainConflictException($"An exchange cannot go from {Status} to {to}.");
        }

        _transitions.Add(new ExchangeTransition(Id, Status, to, by, at, note));
        Status = to;
        UpdatedAt = at;
    }

    public Participant AddParticipant(AgeBand ageBand, bool fewerOpportunities, bool parentalConsent, DateTimeOffset at)
    {
        if (IsGroup)
        {
            throw new DomainConflictException("A group exchange records counts, not participants.");
        }

        if (Status is ExchangeStatus.Completed or ExchangeStatus.Cancelled)
        {
            throw new DomainConflictException($"Participants cannot be added to a {Status} exchange.");
        }

        var participant = new Participant(Id, Category, ageBand, fewerOpportunities, parentalConsent, at);
        _participants.Add(participant);
        var tally = _tallies.FirstOrDefault(t => t.Category == Category);
        if (tally is null)
        {
            tally = new ParticipantTally(Category, 0, 0);
            _tallies.Add(tally);
        }

        tally.Count(fewerOpportunities);
        UpdatedAt = at;
        return participant;
    }

    public void RecordParentalConsent(Guid participantId, bool given, DateTimeOffset at)
    {
        _participants.Single(p => p.Id == participantId).RecordParentalConsent(given);
        UpdatedAt = at;
    }

    public void RecordGroupParentalConsents(DateTimeOffset at)
    {
        if (!IsGroup)
        {
            throw new DomainConflictException("Record each participant's consent on the participant.");
        }

        GroupParentalConsentsRecorded = true;
        UpdatedAt = at;
    }

    /// <summary>
    /// The right to erasure: the person's pseudonymous record goes, the anonymous tally it was
    /// counted in stays, so statistics and the completed-exchange event still add up.
    /// </summary>
    public void EraseParticipant(Guid participantId, DateTimeOffset at)
    {
        _participants.RemoveAll(p => p.Id == participantId);
        UpdatedAt = at;
    }
}
