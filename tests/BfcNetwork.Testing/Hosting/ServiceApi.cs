namespace BfcNetwork.Testing.Hosting;

/// <summary>
/// A hosted service under test and clients for the users of a test. Each service's test project
/// derives from it to add the calls its scenarios repeat.
/// </summary>
public abstract class ServiceApi<TProgram>(ServiceFactory<TProgram> factory, string databaseConnectionString) : IAsyncDisposable
    where TProgram : class
{
    public ServiceFactory<TProgram> Factory { get; } = factory;

    public string DatabaseConnectionString { get; } = databaseConnectionString;

    public HttpClient Anonymous() => Factory.CreateClient();

    public HttpClient As(string token) => Factory.CreateClient().WithBearer(token);

    public HttpClient Officer() => As(TestTokens.RegionalOfficer());

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return Factory.DisposeAsync();
    }
}
