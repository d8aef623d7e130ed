using System.Net.Http.Headers;

namespace BfcNetwork.Network.Tests.Fuzzing;

/// <summary>Sends fuzz cases to a service directly or through the gateway, and judges each response.</summary>
public sealed class FuzzSender(IReadOnlyDictionary<string, HttpClient> services, HttpClient gateway, FuzzReport report)
{
    private const int LargeBody = 64 * 1024;

    public async Task SendAsync(FuzzCase fuzzCase, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzzCase.Operation.Method), fuzzCase.Url);
        if (fuzzCase.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fuzzCase.Token);
        }

        // Every version matches, so an edit reaches validation instead of stopping at 428.
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        if (fuzzCase.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzzCase.Body);
            request.Content.Headers.ContentType = fuzzCase.ContentType is null ? null : MediaTypeHeaderValue.Parse(fuzzCase.ContentType);

            // A large body asks first, as a well-behaved client does, so a 413 arrives before the
            // upload instead of a reset in the middle of it.
            request.Headers.ExpectContinue = fuzzCase.Body.Length > LargeBody;
        }

        var client = fuzzCase.ViaGateway ? gateway : services[fuzzCase.Operation.Service];
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            report.Record(fuzzCase, (int)response.StatusCode, ResponseVerdict.Judge(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        }
        catch (HttpRequestException exception)
        {
            report.Record(fuzzCase, 0, $"no response: {exception.Message}");
        }
    }
}
