/** Calling Lua from natives and the host: the synchronous (non-yieldable) entry point. */
export { callSync as call } from './interp.js';
