using BfcNetwork.Testing;

[assembly: AssemblyFixture(typeof(TestServers))]
