using System.Net.Http.Headers;

namespace BfcNetwork.Testing.Hosting;

public static class HttpClientBearerExtensions
{
    /// <summary>Sends <paramref name="token"/> as the bearer token on every request; null leaves the client anonymous.</summary>
    public static HttpClient WithBearer(this HttpClient client, string? token)
    {
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
