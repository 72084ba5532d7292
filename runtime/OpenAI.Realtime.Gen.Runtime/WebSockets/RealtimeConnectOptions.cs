using System;
using System.Collections.Generic;
using System.Net.WebSockets;
using OpenAI.Realtime.Serialization;

namespace OpenAI.Realtime.WebSockets
{
    /// <summary>
    /// Where and how <see cref="RealtimeWebSocket.ConnectAsync"/> connects. The defaults are OpenAI's GA conventions:
    /// <c>wss://api.openai.com/v1/realtime?model=...</c> with <c>Authorization: Bearer &lt;key&gt;</c>.
    /// </summary>
    public sealed class RealtimeConnectOptions
    {
        /// <summary>OpenAI's Realtime WebSocket endpoint.</summary>
        public static readonly Uri OpenAIEndpoint = new Uri("wss://api.openai.com/v1/realtime");

        /// <summary>
        /// The endpoint (<c>wss://</c> or <c>ws://</c>; <c>https://</c> and <c>http://</c> are mapped to them). For Azure OpenAI,
        /// e.g. <c>wss://my-resource.openai.azure.com/openai/v1/realtime</c>.
        /// </summary>
        public Uri Endpoint { get; set; } = OpenAIEndpoint;

        /// <summary>The model (or, for Azure, the deployment) added as the <c>model</c> query parameter; none when <see langword="null"/>.</summary>
        public string? Model { get; set; }

        /// <summary>How the connection authenticates: <see cref="RealtimeCredential.ApiKey"/>, an ephemeral <see cref="RealtimeCredential.ClientSecret"/>, or Azure's <c>api-key</c>.</summary>
        public RealtimeCredential? Credential { get; set; }

        /// <summary>More query parameters (<c>api-version</c>, <c>deployment</c>, ...), added after <c>model</c>, escaped.</summary>
        public IDictionary<string, string> QueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>More request headers (<c>OpenAI-Organization</c>, <c>OpenAI-Project</c>, ...).</summary>
        public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Last say over the <see cref="ClientWebSocket"/>'s options (proxy, keep-alive, certificates, ...) before it connects.</summary>
        public Action<ClientWebSocketOptions>? ConfigureWebSocket { get; set; }

        /// <summary>The connection's limits and behaviour; by default values are sent in <see cref="RealtimeJsonWriteMode.Request"/> mode.</summary>
        public RealtimeWebSocketOptions WebSocketOptions { get; set; } = new RealtimeWebSocketOptions { SendWriteMode = RealtimeJsonWriteMode.Request };

        /// <summary>The URI connected to: the endpoint with <c>ws</c>/<c>wss</c> scheme, the credential's and these query parameters.</summary>
        public Uri BuildUri()
        {
            if (Endpoint is null || !Endpoint.IsAbsoluteUri)
            {
                throw new InvalidOperationException("RealtimeConnectOptions.Endpoint must be an absolute URI.");
            }

            var builder = new UriBuilder(Endpoint);
            builder.Scheme = builder.Scheme switch
            {
                "https" => "wss",
                "http" => "ws",
                "wss" => "wss",
                "ws" => "ws",
                _ => throw new InvalidOperationException("RealtimeConnectOptions.Endpoint must be a ws, wss, http or https URI, not " + builder.Scheme + "."),
            };
            if (builder.Uri.IsDefaultPort)
            {
                builder.Port = -1;
            }

            var query = new System.Text.StringBuilder(builder.Query.TrimStart('?'));
            if (Model is not null)
            {
                Append(query, "model", Model);
            }

            foreach (KeyValuePair<string, string> parameter in QueryParameters)
            {
                Append(query, parameter.Key, parameter.Value);
            }

            if (Credential is { QueryName: string name, Secret: string secret })
            {
                Append(query, name, secret);
            }

            builder.Query = query.ToString();
            return builder.Uri;
        }

        private static void Append(System.Text.StringBuilder query, string name, string value)
        {
            if (query.Length > 0)
            {
                query.Append('&');
            }

            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
    }

    /// <summary>How a Realtime connection authenticates. Its <see cref="ToString"/> never shows the secret.</summary>
    public sealed class RealtimeCredential
    {
        private RealtimeCredential(string kind, string secret, string? headerName, string? headerValue, string? queryName)
        {
            Kind = kind;
            Secret = secret;
            HeaderName = headerName;
            HeaderValue = headerValue;
            QueryName = queryName;
        }

        internal string Kind { get; }

        internal string Secret { get; }

        internal string? HeaderName { get; }

        internal string? HeaderValue { get; }

        internal string? QueryName { get; }

        /// <summary>An OpenAI API key, sent as <c>Authorization: Bearer &lt;key&gt;</c> (servers only: never ship it to a browser or an app).</summary>
        public static RealtimeCredential ApiKey(string apiKey)
            => new RealtimeCredential("API key", Require(apiKey, nameof(apiKey)), "Authorization", "Bearer " + apiKey, null);

        /// <summary>
        /// An ephemeral client secret (the <c>value</c>, <c>ek_...</c>, that <c>POST /v1/realtime/client_secrets</c> returns), sent as
        /// <c>Authorization: Bearer</c>: what a device or app connects with, so the API key stays on your server.
        /// </summary>
        public static RealtimeCredential ClientSecret(string clientSecret)
            => new RealtimeCredential("client secret", Require(clientSecret, nameof(clientSecret)), "Authorization", "Bearer " + clientSecret, null);

        /// <summary>An Azure OpenAI key, sent as the <c>api-key</c> header, or as the <c>api-key</c> query parameter when <paramref name="inQuery"/> is set.</summary>
        public static RealtimeCredential AzureApiKey(string apiKey, bool inQuery = false)
            => inQuery
                ? new RealtimeCredential("Azure api-key (query)", Require(apiKey, nameof(apiKey)), null, null, "api-key")
                : new RealtimeCredential("Azure api-key", Require(apiKey, nameof(apiKey)), "api-key", apiKey, null);

        /// <summary>A bearer token (for example a Microsoft Entra ID token for Azure OpenAI), sent as <c>Authorization: Bearer</c>.</summary>
        public static RealtimeCredential BearerToken(string token)
            => new RealtimeCredential("bearer token", Require(token, nameof(token)), "Authorization", "Bearer " + token, null);

        /// <summary>The kind of credential, never the secret.</summary>
        public override string ToString() => Kind;

        private static string Require(string value, string name)
            => string.IsNullOrEmpty(value) ? throw new ArgumentException("The credential is empty.", name) : value;
    }
}
