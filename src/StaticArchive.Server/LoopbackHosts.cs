using System.Net;

namespace StaticArchive.Server;

/// <summary>
/// The Host names the dev server answers to. A page on another site can point its own DNS name at 127.0.0.1
/// (DNS rebinding) and read the preview as same-origin; such a request carries that foreign name, so only
/// loopback names are accepted: localhost, *.localhost, 127.0.0.0/8 and [::1]. When the editor binds a
/// non-loopback address for a preview on the local network, IP addresses are accepted too (a rebound name
/// never arrives as an address).
/// </summary>
public sealed class LoopbackHosts(string boundAddress)
{
    private readonly bool _network = IPAddress.TryParse(boundAddress, out var ip) && !IPAddress.IsLoopback(ip);

    /// <summary>The answer's text for a refused name.</summary>
    public const string Refusal =
        "此预览服务器只回答本机地址（localhost、127.0.0.1、[::1]）的请求；这个请求的 Host 是别的域名，已拒绝，" +
        "以防别的网站借 DNS 重绑定读取预览。请用终端里打印的预览地址打开。\n";

    /// <summary>True when a request's Host (name or address, with or without a port) may be answered.</summary>
    public bool Allows(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }

        var name = HostName(host).TrimEnd('.').ToLowerInvariant();
        if (name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return true;
        }

        if (!IsAddress(name, out var address))
        {
            return false;
        }

        return IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())) || _network;
    }

    // The name without its port: [::1]:5080 → ::1, localhost:5080 → localhost.
    private static string HostName(string host)
    {
        if (host.StartsWith('['))
        {
            var end = host.IndexOf(']', StringComparison.Ordinal);
            return end < 0 ? host : host[1..end];
        }

        var colon = host.LastIndexOf(':');
        return colon < 0 ? host : host[..colon];
    }

    // Dotted-decimal IPv4 with four parts, or IPv6: what a browser sends for an address (IPAddress alone also reads "127.1").
    private static bool IsAddress(string name, out IPAddress address) =>
        IPAddress.TryParse(name, out address!) && (name.Contains(':', StringComparison.Ordinal) || name.Split('.').Length == 4);
}
