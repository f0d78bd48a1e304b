/** Types for manifest-url.js (CommonJS, shared by webpack.config.js and the manifest test). */

/** The address the manifest template is written with, and the default base URL. */
export declare const DEV_URL: string;

/** The add-in's base URL from ADDIN_URL (default DEV_URL), ending in "/"; throws unless https. */
export declare function addinBaseUrl(env: Readonly<Record<string, string | undefined>>): string;

/** The manifest template with the dev URL and origin replaced by `baseUrl` and its origin. */
export declare function substituteAddinUrl(xml: string, baseUrl: string): string;
