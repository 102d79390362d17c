using System.Text.Json;
using HotAudit.Core.Assessment;

namespace HotAudit.Reporting.Json;

/// <summary>The <c>to_be_signed</c> object: the T/TAF 084.4 record of the app under test with the tester code as custom data.</summary>
internal static class JsonToBeSignedSection
{
    public static void Write(Utf8JsonWriter w, ToBeSignedRecord? record)
    {
        if (record is null)
        {
            return;
        }
        w.WriteStartObject("to_be_signed");
        w.StringOrNull("app_name", record.AppName);
        w.StringOrNull("app_version", record.AppVersion);
        w.StringOrNull("developer", record.Developer);
        w.StringOrNull("app_hash", record.AppHash);
        w.WriteString("custom_data", record.CustomData.Text);
        w.WriteBoolean("custom_data_valid", record.CustomData.IsValid);
        w.Localized("custom_data_meaning", record.CustomData.Meaning ?? record.CustomData.Problem!);
        w.WriteEndObject();
    }
}
