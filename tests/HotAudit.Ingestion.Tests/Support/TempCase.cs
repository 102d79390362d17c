using System.IO.Compression;
using System.Text;
using HotAudit.Core.Data;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion.Tests;

/// <summary>A case folder in a temp directory, deleted on dispose.</summary>
internal sealed class TempCase : IDisposable
{
    public TempCase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hotaudit-ingest-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string Path(string name) => System.IO.Path.Combine(Directory, name);

    public TempCase Text(string name, string content, Encoding? encoding = null)
    {
        File.WriteAllText(Path(name), content, encoding ?? new UTF8Encoding(false));
        return this;
    }

    public TempCase Bytes(string name, byte[] content)
    {
        File.WriteAllBytes(Path(name), content);
        return this;
    }

    public TempCase Gzip(string name, string content)
    {
        using var file = File.Create(Path(name));
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(content));
        return this;
    }

    /// <summary>Discovers and reads the case with a collecting telemetry sink.</summary>
    public (IngestResult Result, CollectingSink Telemetry, SymbolTable Symbols) Read()
    {
        var symbols = new SymbolTable();
        var sink = new CollectingSink();
        var result = new CaseReader(symbols, TimeSpan.FromHours(8)).Read(CaseDiscovery.Discover(Directory), sink);
        return (result, sink, symbols);
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
