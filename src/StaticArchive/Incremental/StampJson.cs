using System.Text.Json.Serialization;

namespace StaticArchive.Incremental;

/// <summary>
/// The build stamp's JSON, generated at compile time: the reflection-based serializer built its converters on
/// every start, about 7 % of the perf samples of an unchanged 1,000-document rebuild (some 20 ms).
/// </summary>
[JsonSerializable(typeof(BuildStamp))]
internal sealed partial class StampJson : JsonSerializerContext;
