using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace OpenAI.Realtime.WebSockets
{
    internal static class RealtimeConnector
    {
        public static async Task<RealtimeWebSocket> ConnectAsync(RealtimeConnectOptions options, CancellationToken cancellationToken)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            Uri uri = options.BuildUri();
            var socket = new ClientWebSocket();
            try
            {
                if (options.Credential is { HeaderName: string name, HeaderValue: string value })
                {
                    socket.Options.SetRequestHeader(name, value);
                }

                foreach (KeyValuePair<string, string> header in options.Headers)
                {
                    socket.Options.SetRequestHeader(header.Key, header.Value);
                }

                options.ConfigureWebSocket?.Invoke(socket.Options);
                await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                return new RealtimeWebSocket(socket, options.WebSocketOptions);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }
}
