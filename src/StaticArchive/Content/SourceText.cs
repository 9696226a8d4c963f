using System.Text;
using StaticArchive.Core;

namespace StaticArchive.Content;

/// <summary>
/// Decodes content files as strict UTF-8. Files saved as GBK/GB18030 (common on Chinese Windows) are
/// reported with the line of the first bad byte and how to convert them, never silently mangled.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes the bytes, or reports and returns null. A UTF-8 BOM is accepted and dropped, line ends become
    /// <c>\n</c> and control characters are reported and removed (<see cref="Safety.ControlCharacters"/>).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            text = text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
            return Safety.ControlCharacters.Remove(text, displayPath, diagnostics);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            diagnostics.Error(
                DiagnosticCodes.NotUtf8, displayPath, line, 1,
                LooksLikeGbk(bytes) ? "文件不是 UTF-8 编码，看起来是 GBK/GB18030（中文 Windows 的默认编码）。" : "文件不是 UTF-8 编码。",
                "请用 UTF-8 重新保存：记事本“另存为”选 UTF-8；VS Code 右下角点编码 →“通过编码保存”→ UTF-8；命令行 `iconv -f GB18030 -t UTF-8 原文件 > 新文件`。");
            return null;
        }
    }

    private static bool LooksLikeGbk(ReadOnlySpan<byte> bytes)
    {
        // GBK encodes each Chinese character as a lead byte 0x81–0xFE followed by a trail byte 0x40–0xFE;
        // count such pairs against the bytes that fit neither encoding.
        int pairs = 0, other = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            if (b is >= 0x81 and <= 0xFE && i + 1 < bytes.Length && bytes[i + 1] is >= 0x40 and <= 0xFE and not 0x7F)
            {
                pairs++;
                i++;
            }
            else
            {
                other++;
            }
        }

        return pairs > 0 && other <= pairs / 10;
    }
}
