using YamlDotNet.RepresentationModel;

namespace HotAudit.Yaml;

/// <summary>Loads a YAML file (UTF-8, or the encoding its byte-order mark names) for the case, mapping and rule readers.</summary>
public static class YamlFile
{
    /// <summary>Every document of the file; throws <see cref="YamlDotNet.Core.YamlException"/> on a syntax error and <see cref="IOException"/> when it cannot be read.</summary>
    public static IList<YamlDocument> Load(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents;
    }
}
