'use strict';
// The official SDK's verdict on channel tokens: reads {metadataUrl, appId, password, cases:[{name, header, activity}]}
// on stdin, runs botframework-connector's JwtTokenValidation.authenticateRequest (ChannelValidation against the
// given OpenID metadata) for each case and prints [{name, accepted, error}] as JSON.
const { ChannelValidation, JwtTokenValidation, SimpleCredentialProvider } = require('botframework-connector');

let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const { metadataUrl, appId, password, cases } = JSON.parse(input);
  ChannelValidation.OpenIdMetadataEndpoint = metadataUrl;
  const credentials = new SimpleCredentialProvider(appId, password);
  const results = [];
  // The SDK logs its failures with console.error: keep stdout for the verdicts.
  console.error = () => {};
  for (const { name, header, activity } of cases) {
    try {
      const identity = await JwtTokenValidation.authenticateRequest(activity, header || '', credentials, '');
      results.push({ name, accepted: !!(identity && identity.isAuthenticated), error: null });
    } catch (e) {
      results.push({ name, accepted: false, error: String(e && e.message) });
    }
  }
  process.stdout.write(JSON.stringify(results));
});
