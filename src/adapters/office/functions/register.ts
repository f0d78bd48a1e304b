/**
 * Loads the LOADLINE functions into this runtime when the host runs custom functions here (a
 * shared runtime, CustomFunctionsRuntime 1.1+). Elsewhere (Excel without the shared runtime, the
 * standalone page) there is nothing to register with, and the functions' chunk is not fetched.
 */

/** Registers the functions if the host has custom functions; true when it did. */
export async function registerLoadlineFunctions(): Promise<boolean> {
  const global = globalThis as { CustomFunctions?: { associate?: unknown } };
  if (typeof global.CustomFunctions?.associate !== 'function') return false;
  await import(/* webpackChunkName: "functions" */ './functions');
  return true;
}
