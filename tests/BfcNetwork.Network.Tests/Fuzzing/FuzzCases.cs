namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>
/// Every operation's malformed inputs, round after round: the first round sweeps every generator,
/// later rounds redraw the random ones (lengths, numbers, words, depths) until enough were made.
/// About one request in five goes through the gateway instead of straight to the service.
/// </summary>
public sealed class FuzzCases(IReadOnlyList<(ApiOperation Operation, OperationSeed Seed)> operations, int seed)
{
    public const double GatewayShare = 0.2;

    public int Rounds { get; private set; }

    public IEnumerable<FuzzCase> Generate(int atLeast)
    {
        var random = new Random(seed);
        var values = new MalformedValues(random);
        var parameters = new ParameterInputs(values, random);
        var bodies = new BodyInputs(values, random);
        var count = 0;
        for (Rounds = 1; Rounds == 1 || count < atLeast; Rounds++)
        {
            foreach (var (operation, operationSeed) in operations)
            {
                foreach (var fuzzCase in ForOperation(operation, operationSeed, parameters, bodies, firstRound: Rounds == 1))
                {
                    count++;
                    yield return fuzzCase.ViaGateway ? fuzzCase : fuzzCase with { ViaGateway = random.NextDouble() < GatewayShare };
                }
            }
        }

        Rounds--;
    }

    private static IEnumerable<FuzzCase> ForOperation(ApiOperation operation, OperationSeed seed, ParameterInputs parameters, BodyInputs bodies, bool firstRound)
    {
        if (firstRound && seed.Token is not null)
        {
            // The gateway refuses it before forwarding, whatever the operation would do.
            yield return new FuzzCase(operation, "no-token", "no bearer token", ParameterInputs.ValidPath(operation, seed), null, ViaGateway: true);
        }

        foreach (var (category, detail, url) in parameters.Cases(operation, seed))
        {
            yield return new FuzzCase(operation, category, detail, url, seed.Token, seed.Body is null ? null : System.Text.Encoding.UTF8.GetBytes(seed.Body.ToJsonString()), seed.Body is null ? null : BodyInputs.Json);
        }

        if (operation.Body is null || seed.PathOnly)
        {
            yield break;
        }

        var body = seed.Body ?? throw new InvalidOperationException($"The seed of {operation.Key} has no valid body.");
        var path = ParameterInputs.ValidPath(operation, seed);
        foreach (var (category, detail, bytes) in bodies.FieldCases(body, operation.Body, seed))
        {
            yield return new FuzzCase(operation, category, detail, path, seed.Token, bytes, BodyInputs.Json);
        }

        foreach (var (category, detail, bytes, contentType) in bodies.WholeBodyCases(body, operation.BodyRequired, oversized: firstRound))
        {
            yield return new FuzzCase(operation, category, detail, path, seed.Token, bytes, contentType);
        }
    }
}
