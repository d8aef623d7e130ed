using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using BfcNetwork.BuildingBlocks.Auth;
using BfcNetwork.BuildingBlocks.Hosting;

namespace BfcNetwork.BuildingBlocks.Tests.Naming;

/// <summary>
/// Every way of running the network (the Aspire AppHost, ./run.sh, the gateway's route table, the
/// services, the tests) must use the names in <see cref="ResourceNames"/> and the authentication keys
/// of <see cref="BfcAuthenticationOptions"/>. Each test reads one of those places as text and fails
/// on the first name that drifted, saying where.
/// </summary>
public sealed partial class ResourceNamesConsistencyTests
{
    private static readonly IReadOnlyDictionary<string, string> Names = ConstantsOf(typeof(ResourceNames));

    private static readonly IReadOnlyDictionary<string, string> AuthenticationKeys = ConstantsOf(typeof(BfcAuthenticationOptions))
        .Where(c => c.Key.EndsWith("Key", StringComparison.Ordinal))
        .ToDictionary();

    /// <summary>The back-end services whose project exists: each has a name and a <c>{Name}Database</c> constant.</summary>
    public static TheoryData<string> Services => new(Names.Keys
        .Where(name => Names.ContainsKey($"{name}Database") && Directory.Exists(RepositoryFiles.Path($"src/BfcNetwork.{name}"))));

    [Fact]
    public void The_AppHost_repeats_exactly_the_shared_names_and_authentication_keys()
    {
        var source = RepositoryFiles.Read("BfcNetwork.AppHost/Names.cs");

        Assert.Equal(Names, ConstantsIn(source, "ResourceNames"));
        Assert.Equal(AuthenticationKeys, ConstantsIn(source, "AuthenticationKeys"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_AppHost_models_each_service_with_its_database_and_the_gateway_references_it(string service)
    {
        var program = RepositoryFiles.Read("BfcNetwork.AppHost/Program.cs");
        var project = RepositoryFiles.Read("BfcNetwork.AppHost/BfcNetwork.AppHost.csproj");

        Assert.Contains($"AddService<Projects.BfcNetwork_{service}>(ResourceNames.{service}, ResourceNames.{service}Database)", program, StringComparison.Ordinal);
        Assert.Matches($@"\.WithReference\({FirstLower(service)}\)\.WaitFor\({FirstLower(service)}\)", program);
        Assert.Contains($@"src\BfcNetwork.{service}\BfcNetwork.{service}.csproj", project, StringComparison.Ordinal);
    }

    [Fact]
    public void The_AppHost_names_the_broker_and_the_gateway_from_the_shared_names()
    {
        var program = RepositoryFiles.Read("BfcNetwork.AppHost/Program.cs");

        Assert.Contains("AddRabbitMQ(ResourceNames.Messaging", program, StringComparison.Ordinal);
        Assert.Contains("AddProject<Projects.BfcNetwork_Gateway>(ResourceNames.Gateway)", program, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_script_declares_every_name_with_the_shared_value()
    {
        var declared = RunScriptVariables();

        foreach (var (constant, value) in Names)
        {
            var variable = ScriptVariableFor(constant);
            Assert.True(declared.TryGetValue(variable, out var actual), $"run.sh declares no {variable} (for ResourceNames.{constant}).");
            Assert.True(actual == value, $"run.sh sets {variable}={actual}, but ResourceNames.{constant} is \"{value}\".");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_run_script_starts_each_service_with_its_database(string service)
    {
        var script = RepositoryFiles.Read("run.sh");
        var name = ScriptVariableFor(service);

        Assert.Matches($@"""\$\{{{name}\}} \$\{{{name}_DB\}} \d+ src/BfcNetwork\.{service}/BfcNetwork\.{service}\.csproj""", script);
    }

    [Fact]
    public void The_run_script_sets_the_keys_the_services_read()
    {
        var script = RepositoryFiles.Read("run.sh");

        Assert.Equal($"services:{{0}}:http:0", ResourceNames.HttpEndpointKey("{0}"));
        Assert.Contains("\"services__${name}__http__0=", script, StringComparison.Ordinal);
        Assert.Contains("\"ConnectionStrings__${database}=", script, StringComparison.Ordinal);
        Assert.Contains("\"ConnectionStrings__${MESSAGING}=", script, StringComparison.Ordinal);
        foreach (var key in new[] { BfcAuthenticationOptions.IssuerKey, BfcAuthenticationOptions.AudienceKey, BfcAuthenticationOptions.SigningKeyKey })
        {
            var variable = key.Replace(":", "__", StringComparison.Ordinal);
            Assert.True(script.Contains($"\"{variable}=${{{variable}}}\"", StringComparison.Ordinal), $"run.sh does not pass {variable} to the services.");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_gateway_routes_each_service_to_a_cluster_of_the_same_name(string service)
    {
        var proxy = GatewayProxyConfiguration();
        var name = Names[service];

        Assert.True(proxy.GetProperty("Clusters").TryGetProperty(name, out _), $"The gateway has no cluster '{name}'.");
        var routes = proxy.GetProperty("Routes").EnumerateObject()
            .Where(r => r.Value.GetProperty("ClusterId").GetString() == name)
            .Select(r => r.Value.GetProperty("Match").GetProperty("Path").GetString())
            .ToList();
        Assert.Contains($"/api/{name}/{{**rest}}", routes);
    }

    [Fact]
    public void The_gateway_has_no_cluster_outside_the_shared_names()
    {
        var proxy = GatewayProxyConfiguration();
        var serviceNames = Names.Where(n => Names.ContainsKey($"{n.Key}Database")).Select(n => n.Value).ToHashSet();

        foreach (var cluster in proxy.GetProperty("Clusters").EnumerateObject())
        {
            Assert.True(serviceNames.Contains(cluster.Name), $"The gateway's cluster '{cluster.Name}' is not a service of ResourceNames.");
        }

        foreach (var route in proxy.GetProperty("Routes").EnumerateObject())
        {
            var cluster = route.Value.GetProperty("ClusterId").GetString();
            Assert.True(cluster is not null && serviceNames.Contains(cluster), $"The gateway's route '{route.Name}' goes to '{cluster}', not a service of ResourceNames.");
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_service_opens_its_database_under_the_shared_name(string service)
    {
        var registration = RepositoryFiles.Read($"src/BfcNetwork.{service}/Extensions/Extensions.cs");

        Assert.Contains($"(ResourceNames.{service}Database)", registration, StringComparison.Ordinal);
    }

    [Fact]
    public void No_source_file_writes_a_database_or_connection_name_as_a_literal()
    {
        var literals = Names.Where(n => n.Key.EndsWith("Database", StringComparison.Ordinal) || n.Key == nameof(ResourceNames.Messaging))
            .Select(n => n.Value).ToList();
        var offenders = Directory.EnumerateFiles(RepositoryFiles.Path("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains("Migrations", StringComparison.Ordinal)
                && !file.EndsWith("ResourceNames.cs", StringComparison.Ordinal))
            .SelectMany(file => literals
                .Where(name => Regex.IsMatch(File.ReadAllText(file), $@"""{name}""|Database={name}\b"))
                .Select(name => $"{System.IO.Path.GetRelativePath(RepositoryFiles.Root, file)}: {name}"))
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary><c>SolidarityDatabase</c> → <c>SOLIDARITY_DB</c>, <c>CrossBorder</c> → <c>CROSSBORDER</c>.</summary>
    private static string ScriptVariableFor(string constant) => constant.EndsWith("Database", StringComparison.Ordinal)
        ? $"{constant[..^"Database".Length].ToUpperInvariant()}_DB"
        : constant.ToUpperInvariant();

    private static Dictionary<string, string> RunScriptVariables() => ScriptAssignment().Matches(RepositoryFiles.Read("run.sh"))
        .GroupBy(m => m.Groups["name"].Value)
        .ToDictionary(g => g.Key, g => g.First().Groups["value"].Value);

    private static JsonElement GatewayProxyConfiguration()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.Read("src/BfcNetwork.Gateway/appsettings.json"));
        return document.RootElement.GetProperty("ReverseProxy").Clone();
    }

    private static Dictionary<string, string> ConstantsOf(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

    /// <summary>The <c>public const string</c> fields of the class <paramref name="className"/> in a C# source text.</summary>
    private static Dictionary<string, string> ConstantsIn(string source, string className)
    {
        var start = source.IndexOf($"class {className}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No class {className} in the AppHost's names.");
        var end = source.IndexOf("\n}", start, StringComparison.Ordinal);
        return Constant().Matches(source[start..end]).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
    }

    private static string FirstLower(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^(?<name>[A-Z][A-Z0-9_]*)=(?<value>[a-z][a-z0-9-]*)$", RegexOptions.Multiline)]
    private static partial Regex ScriptAssignment();

    [GeneratedRegex(@"public const string (?<name>\w+) = ""(?<value>[^""]*)"";")]
    private static partial Regex Constant();
}
