using System.Text.Json.Serialization;

namespace StaticArchive.Incremental;

/// <summary>
/// The build stamp's JSON, generated at compile time: the reflection-based serializer spent about 20 ms
/// building its converters on every start, a visible share of an unchanged rebuild.
/// </summary>
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class StampJson : JsonSerializerContext;
