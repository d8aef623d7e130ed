using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace BfcNetwork.BuildingBlocks.Messaging;

/// <summary>
/// Ready only while the broker is reachable. MassTransit's own bus check reports on receive
/// endpoints, so a publish-only service would look healthy with RabbitMQ down; this check keeps
/// one small connection and reconnects when the broker closed it.
/// </summary>
internal sealed class RabbitMqHealthCheck(AmqpConnectionString broker) : IHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { IsOpen: true })
            {
                return HealthCheckResult.Healthy();
            }

            await DisposeConnectionAsync();
            var factory = broker.ToConnectionFactory("health-check");
            factory.AutomaticRecoveryEnabled = false;
            factory.RequestedConnectionTimeout = TimeSpan.FromSeconds(3);
            _connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ is unreachable.", exception);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeConnectionAsync();
        _gate.Dispose();
    }

    private async Task DisposeConnectionAsync()
    {
        if (_connection is not null)
        {
            try
            {
                await _connection.DisposeAsync();
            }
            catch (Exception)
            {
                // A connection the broker already dropped has nothing left to release.
            }

            _connection = null;
        }
    }
}
