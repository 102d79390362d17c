using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using nietras.SeparatedValues;

namespace HotAudit.Bench;

/// <summary>
/// <c>csvparse FILE [--repeat K]</c>: reads one CSV file on one thread with each parser HotAudit could use, touching
/// every field of every row, and prints rows/s and MB/s (best of K, with every run). "CsvHelper + decode" is what
/// HotAudit's DelimitedReader does per field today (UTF-8 bytes into a char buffer); the others are the alternatives the
/// performance issue names: CsvHelper's bytes without decoding, Sep 0.18 (chars, SIMD) and Sylvan.Data.Csv (chars).
/// </summary>
internal static class CsvParsers
{
    public static int Run(string[] args)
    {
        var file = args[0];
        var repeats = Options.Repeats(args);
        var bytes = new FileInfo(file).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {bytes / 1e6:F0} MB, best of {repeats} single-thread passes"));
        (string Name, Func<string, (long Rows, long Chars)> Parse)[] parsers =
        [
            ("CsvHelper + decode (today)", CsvHelperDecoded),
            ("CsvHelper bytes only", CsvHelperBytes),
            ("Sep 0.18 (chars)", SepChars),
            ("Sylvan.Data.Csv (chars)", SylvanChars),
        ];
        foreach (var (name, parse) in parsers)
        {
            var runs = new List<double>();
            (long Rows, long Chars) seen = default;
            for (var i = 0; i < repeats; i++)
            {
                var sw = Stopwatch.StartNew();
                seen = parse(file);
                runs.Add(sw.Elapsed.TotalSeconds);
            }
            var best = runs.Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-28} {seen.Rows / best,12:N0} rows/s {bytes / 1e6 / best,8:F0} MB/s  [{string.Join(", ", runs.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} s]  rows {seen.Rows:N0}, field chars {seen.Chars:N0}"));
        }
        return 0;
    }

    /// <summary>CsvHelper's options as DelimitedReader sets them for a UTF-8 file.</summary>
    private static readonly CsvReaderOptions CsvHelperOptions = new()
    {
        HasHeader = true, TrackLineNumbers = true, AllowLineBreaksInQuotes = true, SkipEmptyLines = true, TrimWhitespace = true,
    };

    private static FileStream Open(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static (long, long) CsvHelperDecoded(string file)
    {
        using var stream = Open(file);
        using var csv = CsvReader.Create(stream, CsvHelperOptions);
        var chars = new char[4096];
        long rows = 0, total = 0;
        while (csv.Read())
        {
            rows++;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += Encoding.UTF8.GetChars(csv.GetSpan(i), chars);
            }
        }
        return (rows, total);
    }

    private static (long, long) CsvHelperBytes(string file)
    {
        using var stream = Open(file);
        using var csv = CsvReader.Create(stream, CsvHelperOptions);
        long rows = 0, total = 0;
        while (csv.Read())
        {
            rows++;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += csv.GetSpan(i).Length;
            }
        }
        return (rows, total);
    }

    private static (long, long) SepChars(string file)
    {
        using var reader = Sep.Reader(o => o with { HasHeader = true, Trim = SepTrim.All, Unescape = true }).FromFile(file);
        long rows = 0, total = 0;
        foreach (var row in reader)
        {
            rows++;
            for (var i = 0; i < row.ColCount; i++)
            {
                total += row[i].Span.Length;
            }
        }
        return (rows, total);
    }

    private static (long, long) SylvanChars(string file)
    {
        using var text = new StreamReader(Open(file), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
        using var csv = Sylvan.Data.Csv.CsvDataReader.Create(text, new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = true, BufferSize = 1 << 16 });
        long rows = 0, total = 0;
        while (csv.Read())
        {
            rows++;
            for (var i = 0; i < csv.FieldCount; i++)
            {
                total += csv.GetFieldSpan(i).Length;
            }
        }
        return (rows, total);
    }
}
