using BfcNetwork.AppHost;

// The whole network as Aspire runs it: one PostgreSQL server with a database per service, one
// RabbitMQ broker, the four services and the gateway, all under the names the services read.
var builder = DistributedApplication.CreateBuilder(args);

// Secrets come from configuration (Parameters:*, user secrets) or the dashboard's prompt.
var postgresPassword = builder.AddParameter("postgres-password", secret: true);
var rabbitMqPassword = builder.AddParameter("rabbitmq-password", secret: true);
var signingKey = builder.AddParameter("jwt-signing-key", secret: true);

var postgres = builder.AddPostgres("postgres", password: postgresPassword)
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

var messaging = builder.AddRabbitMQ(ResourceNames.Messaging, password: rabbitMqPassword)
    .WithManagementPlugin()
    .WithDataVolume()
    .WithLifetime(ContainerLifetime.Persistent);

var solidarity = AddService<Projects.BfcNetwork_Solidarity>(ResourceNames.Solidarity, ResourceNames.SolidarityDatabase);
var crossBorder = AddService<Projects.BfcNetwork_CrossBorder>(ResourceNames.CrossBorder, ResourceNames.CrossBorderDatabase);
var investment = AddService<Projects.BfcNetwork_Investment>(ResourceNames.Investment, ResourceNames.InvestmentDatabase);
var mobility = AddService<Projects.BfcNetwork_Mobility>(ResourceNames.Mobility, ResourceNames.MobilityDatabase);

// The gateway finds each service under services:<name>:http:0, the key a project reference injects.
WithAuthentication(builder.AddProject<Projects.BfcNetwork_Gateway>(ResourceNames.Gateway))
    .WithReference(solidarity).WaitFor(solidarity)
    .WithReference(crossBorder).WaitFor(crossBorder)
    .WithReference(investment).WaitFor(investment)
    .WithReference(mobility).WaitFor(mobility)
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

builder.Build().Run();

// A service with its own database (ConnectionStrings:<database>) and the broker (ConnectionStrings:messaging).
IResourceBuilder<ProjectResource> AddService<TProject>(string name, string databaseName)
    where TProject : IProjectMetadata, new()
{
    var database = postgres.AddDatabase(databaseName);
    return WithAuthentication(builder.AddProject<TProject>(name))
        .WithReference(database).WaitFor(database)
        .WithReference(messaging).WaitFor(messaging)
        .WithHttpHealthCheck("/health");
}

// Development tokens signed with the parameter's key, as ./run.sh token mints them. In production,
// set Authentication:Authority (an OIDC provider) instead: services refuse the key there.
IResourceBuilder<ProjectResource> WithAuthentication(IResourceBuilder<ProjectResource> project) => project
    .WithEnvironment(AuthenticationKeys.AsEnvironmentVariable(AuthenticationKeys.IssuerKey), "bfcnetwork-dev")
    .WithEnvironment(AuthenticationKeys.AsEnvironmentVariable(AuthenticationKeys.AudienceKey), "bfcnetwork")
    .WithEnvironment(AuthenticationKeys.AsEnvironmentVariable(AuthenticationKeys.SigningKeyKey), signingKey);
