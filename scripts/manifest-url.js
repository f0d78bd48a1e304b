// The manifest template names the dev address; the build swaps in the real one. Kept in its own
// CommonJS module so webpack.config.js and the manifest test use the very same substitution.
'use strict';

/** The address the template is written with, and the default when ADDIN_URL is not set. */
const DEV_URL = 'https://localhost:3000/';

/**
 * The add-in's base URL from the environment: ADDIN_URL, else the dev address. Always ends in "/"
 * so "<base>taskpane.html" is right; throws on anything that is not an absolute https URL,
 * because Office refuses to load an add-in from plain http.
 */
function addinBaseUrl(env) {
  const raw = (env.ADDIN_URL || DEV_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins only over https): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or fragment: ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The template with every dev URL replaced by `baseUrl`, and the bare dev origin (AppDomain)
 * replaced by baseUrl's origin.
 */
function substituteAddinUrl(xml, baseUrl) {
  const origin = new URL(baseUrl).origin;
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(baseUrl).split(devOrigin).join(origin);
}

module.exports = { DEV_URL, addinBaseUrl, substituteAddinUrl };
