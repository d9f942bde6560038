import { env } from "./env";

/** The data's licence as the operator set it (default CC BY 4.0): one value for /data, bundles and the API. */
export function dataLicence(): { id: string; url: string } {
  return { id: env.PARLEY_DATA_LICENCE, url: env.PARLEY_DATA_LICENCE_URL };
}

/** An RFC 8288 link to the licence, for API and download responses. */
export const licenceLinkHeader = (): string => `<${dataLicence().url}>; rel="license"`;
